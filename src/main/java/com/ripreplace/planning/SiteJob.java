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
    /** What the programme would pay back for this site before the allocation cap (eligible × funding factor). */
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
    /** The earliest wave without equipment lead times: the site's own Earliest Start, else the first wave. */
    private int ownEarliestWave;

    @PlanningVariable(valueRangeProviderRefs = "waves")
    private Integer wave;

    @PlanningVariable(valueRangeProviderRefs = "crews")
    private Integer crew;

    /** For OptaPlanner's cloning. */
    public SiteJob() {
    }

    public SiteJob(String siteId, long costCents, long claimCents, boolean critical, long subscribers, Double latitude,
                   Double longitude, java.util.Set<Integer> accessMonths, boolean[] allowed, int earliestWave) {
        this.accessMonths = java.util.Set.copyOf(accessMonths);
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
        this.ownEarliestWave = earliestWave;
        this.dependsOn = List.of();
    }

    /** The same site with its own earliest start apart from lead times (a wave at most its earliest wave). */
    SiteJob withOwnEarliestWave(int own) {
        this.ownEarliestWave = Math.min(own, earliestWave);
        return this;
    }

    int getOwnEarliestWave() {
        return ownEarliestWave;
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

    /** How many months of the wave fall outside the site's access months. */
    public long monthsOutsideAccess(Wave w) {
        return w.months().stream().filter(m -> !accessMonths.contains(m)).count();
    }

    public boolean allowedIn(int w) {
        return w >= 0 && w < allowed.length && allowed[w];
    }

    /** The number of waves the site could be placed in (its access months aside). */
    int waveCount() {
        return allowed.length;
    }

    int monthsOpen() {
        return accessMonths.size();
    }

    java.util.Set<Integer> openMonths() {
        return accessMonths;
    }

    double longitude() {
        return longitude;
    }

    /** The same site with every wave open (access windows lifted), for the what-if table. */
    SiteJob withAccessLifted() {
        boolean[] all = new boolean[allowed.length];
        java.util.Arrays.fill(all, true);
        return copy(all, java.util.Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), earliestWave);
    }

    /** The same site with another earliest wave, for the what-if table. */
    SiteJob withEarliestWave(int earliest) {
        return copy(allowed, accessMonths, earliest);
    }

    /** The same site, assignment included, as a job of its own (for a plan made again). */
    SiteJob copy() {
        return copy(allowed, accessMonths, earliestWave);
    }

    private SiteJob copy(boolean[] open, java.util.Set<Integer> months, int earliest) {
        SiteJob copy = new SiteJob(siteId, costCents, claimCents, critical, subscribers, located ? latitude : null,
                located ? longitude : null, months, open, earliest);
        copy.ownEarliestWave = Math.min(ownEarliestWave, earliest);
        copy.wave = wave;
        copy.crew = crew;
        return copy;
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
