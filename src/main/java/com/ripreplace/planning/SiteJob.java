package com.ripreplace.planning;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * The replacement of one site's covered gear, to be placed in a wave and given to a crew. The solver
 * changes only {@code wave} and {@code crew}; everything else is a fact of the site.
 */
@PlanningEntity
public class SiteJob {

    @PlanningId
    private String siteId;
    private long costCents;
    /** What the programme pays back for this site (eligible × funding factor, scaled to the allocation). */
    private long claimCents;
    private boolean critical;
    private long subscribers;
    private double latitude;
    private double longitude;
    private boolean located;
    private List<SiteJob> dependsOn;
    /** allowed[w] is true when the site's access months cover the whole of wave w. */
    private boolean[] allowed;
    private java.util.Set<Integer> accessMonths;
    private int earliestWave;
    /** paymentWaveByWave[w]: the wave in which a claim filed at the end of wave w is paid (shared by all jobs). */
    private int[] paymentWaveByWave;

    @PlanningVariable(valueRangeProviderRefs = "waves")
    private Integer wave;

    @PlanningVariable(valueRangeProviderRefs = "crews")
    private Integer crew;

    /** For OptaPlanner's cloning. */
    public SiteJob() {
    }

    public SiteJob(String siteId, long costCents, long claimCents, boolean critical, long subscribers, Double latitude,
                   Double longitude, java.util.Set<Integer> accessMonths, boolean[] allowed, int earliestWave,
                   int[] paymentWaveByWave) {
        this.accessMonths = java.util.Set.copyOf(accessMonths);
        this.paymentWaveByWave = paymentWaveByWave;
        this.siteId = siteId;
        this.costCents = costCents;
        this.claimCents = claimCents;
        this.critical = critical;
        this.subscribers = subscribers;
        this.located = latitude != null && longitude != null;
        this.latitude = latitude == null ? 0 : latitude;
        this.longitude = longitude == null ? 0 : longitude;
        this.allowed = allowed;
        this.earliestWave = earliestWave;
        this.dependsOn = List.of();
    }

    void dependOn(List<SiteJob> jobs) {
        this.dependsOn = List.copyOf(jobs);
    }

    public String getSiteId() {
        return siteId;
    }

    public long getCostCents() {
        return costCents;
    }

    public long getClaimCents() {
        return claimCents;
    }

    public boolean isCritical() {
        return critical;
    }

    public long getSubscribers() {
        return subscribers;
    }

    public List<SiteJob> getDependsOn() {
        return dependsOn;
    }

    public int getEarliestWave() {
        return earliestWave;
    }

    /** The wave in which this site's claim is paid, given its current wave. */
    public int paymentWave() {
        return paymentWaveByWave[wave];
    }

    /** How many months of the wave fall outside the site's access months. */
    public long monthsOutsideAccess(Wave w) {
        return w.months().stream().filter(m -> !accessMonths.contains(m)).count();
    }

    public boolean allowedIn(int w) {
        return w >= 0 && w < allowed.length && allowed[w];
    }

    public Integer getWave() {
        return wave;
    }

    public void setWave(Integer wave) {
        this.wave = wave;
    }

    public Integer getCrew() {
        return crew;
    }

    public void setCrew(Integer crew) {
        this.crew = crew;
    }

    /** Great-circle distance in whole kilometres; 0 when either site has no coordinates. */
    public long kilometresTo(SiteJob other) {
        if (!located || !other.located) {
            return 0;
        }
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }

    @Override
    public String toString() {
        return siteId + "@" + wave + "/" + crew;
    }
}
