package com.ripreplace.planning;

import com.ripreplace.cost.CashLedger;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCalendar;
import com.ripreplace.inventory.Site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns an estimate and the programme terms into the solver's problem: one job per site with covered
 * gear, and enough waves past the deadline for a late plan to be expressed.
 */
public final class PlanProblem {

    /** The most waves a plan may have: 50 years of months. */
    static final int MAX_WAVES = 600;

    private PlanProblem() {
    }

    public static ReplacementPlan of(List<Site> sites, CostEstimate estimate, ProgramTerms terms, PlanningWeights weights) {
        return of(sites, estimate, terms, weights, 0);
    }

    /** The problem with at least {@code minimumWaves} waves (more room for a plan that must wait for cash). */
    static ReplacementPlan of(List<Site> sites, CostEstimate estimate, ProgramTerms terms, PlanningWeights weights,
                              int minimumWaves) {
        WaveCalendar calendar = terms.calendar();
        Map<String, Site> siteById = new HashMap<>();
        sites.forEach(s -> siteById.put(s.siteId(), s));
        Optional<LocalDate> deadline = terms.deadlineInForce();
        int capacity = terms.crews() * terms.sitesPerCrewPerWave();
        int jobs = estimate.sites().size();
        int waveDays = terms.waveLength().months() * 30;
        int provisional = 240 / terms.waveLength().months();
        LocalDate[] earliestDates = new LocalDate[jobs];
        int i = 0;
        for (SiteEstimate s : estimate.sites()) {
            int leadDays = terms.leadTimeDays().orElse(s.leadTimeDays());
            LocalDate earliest = terms.planningStart().plusDays(leadDays);
            Site site = siteById.get(s.siteId());
            if (site != null && site.earliestStart() != null && site.earliestStart().isAfter(earliest)) {
                earliest = site.earliestStart();
            }
            earliestDates[i++] = earliest;
        }
        int maxEarliest = 0;
        for (LocalDate d : earliestDates) {
            maxEarliest = Math.max(maxEarliest, firstWaveStartingOnOrAfter(calendar, d, provisional * 4));
        }
        int lastOnTime = deadline.map(d -> lastWaveEndingBy(calendar, d)).orElse(Integer.MAX_VALUE);
        int chain = DependencyChains.longest(estimate.sites().stream().map(SiteEstimate::siteId).toList(),
                id -> siteById.containsKey(id) ? siteById.get(id).dependsOn() : List.<String>of());
        int waves = Math.max(lastOnTime == Integer.MAX_VALUE ? 0 : lastOnTime + 1, maxEarliest + 1)
                + (jobs + capacity - 1) / capacity + chain + 12 / terms.waveLength().months()
                + terms.reimbursementLagDays() / waveDays + 1;
        if (terms.budgetPerWave().isPresent() && !terms.budgetPerWave().get().isZero()) {
            waves += estimate.total().amount().divide(terms.budgetPerWave().get().amount(), 0, RoundingMode.CEILING)
                    .intValue();
        }
        waves += cashWaves(estimate, terms);
        waves = Math.min(Math.max(waves, minimumWaves), MAX_WAVES);
        List<Wave> waveList = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            LocalDate end = calendar.end(w);
            Set<Integer> months = new HashSet<>();
            for (LocalDate d = calendar.start(w); !d.isAfter(end); d = d.plusMonths(1).withDayOfMonth(1)) {
                months.add(d.getMonthValue());
            }
            long late = deadline.filter(end::isAfter).map(d -> ChronoUnit.DAYS.between(d, end)).orElse(0L);
            waveList.add(new Wave(w, calendar.start(w), end, months, late));
        }
        Map<String, SiteJob> jobById = new LinkedHashMap<>();
        i = 0;
        for (SiteEstimate s : estimate.sites()) {
            Site site = siteById.get(s.siteId());
            List<Integer> access = site == null ? Site.ALL_YEAR : site.accessMonths();
            boolean[] allowed = new boolean[waves];
            for (Wave w : waveList) {
                allowed[w.index()] = access.containsAll(w.months());
            }
            jobById.put(s.siteId(), new SiteJob(s.siteId(), cents(s.total()), cents(s.reimbursable()),
                    site != null && site.critical(), site == null || site.subscribers() == null ? 0 : site.subscribers(),
                    site == null ? null : site.latitude(), site == null ? null : site.longitude(), Set.copyOf(access),
                    allowed, firstWaveStartingOnOrAfter(calendar, earliestDates[i++], waves))
                    .withOwnEarliestWave(site == null || site.earliestStart() == null ? 0
                            : firstWaveStartingOnOrAfter(calendar, site.earliestStart(), waves)));
        }
        for (SiteJob job : jobById.values()) {
            Site site = siteById.get(job.getSiteId());
            if (site != null) {
                job.dependOn(site.dependsOn().stream().map(jobById::get).filter(java.util.Objects::nonNull).toList());
            }
        }
        PlanLimits limits = new PlanLimits(terms.crews(), terms.sitesPerCrewPerWave(),
                terms.budgetPerWave().map(b -> OptionalLong.of(cents(b))).orElse(OptionalLong.empty()),
                terms.givenStartingCash().map(c -> CashLedger.of(terms, waveList.size())),
                cashCanHold(estimate, terms) ? PlanLimits.CashRule.WITHIN_CASH : PlanLimits.CashRule.BRIDGE_FINANCING,
                lastOnTime);
        return new ReplacementPlan(new ArrayList<>(jobById.values()), waveList, limits, weights);
    }

    /**
     * Room for a plan that must wait for reimbursements before it spends again: as many claim cycles (the lag
     * and a wave) as the starting cash must be spent over, to pay for the work.
     */
    private static int cashWaves(CostEstimate estimate, ProgramTerms terms) {
        if (terms.givenStartingCash().isEmpty()) {
            return 0;
        }
        long cash = Math.max(cents(terms.startingCash()), 1_000_00L);
        long cycles = (cents(estimate.total()) + cash - 1) / cash;
        long lagWaves = terms.reimbursementLagDays() / (terms.waveLength().months() * 30L) + 1;
        return (int) Math.min(MAX_WAVES, cycles * lagWaves);
    }

    /**
     * Whether some schedule can keep the balance at or above zero: starting cash and every reimbursement the
     * allocation allows cover the cost. When they do not, going late cannot help, so the plan finishes as early as
     * the other rules allow and needs the least financing for that.
     */
    static boolean cashCanHold(CostEstimate estimate, ProgramTerms terms) {
        return terms.startingCash().plus(estimate.reimbursable()).compareTo(estimate.total()) >= 0;
    }

    static long cents(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    /** The first wave whose start is on or after the date (capped at {@code limit}). */
    static int firstWaveStartingOnOrAfter(WaveCalendar calendar, LocalDate date, int limit) {
        int w = Math.max(0, calendar.waveOf(date));
        while (w < limit && calendar.start(w).isBefore(date)) {
            w++;
        }
        return w;
    }

    /** The last wave that ends on or before the date; -1 when even the first ends after it. */
    static int lastWaveEndingBy(WaveCalendar calendar, LocalDate date) {
        int w = calendar.waveOf(date);
        while (w >= 0 && calendar.end(w).isAfter(date)) {
            w--;
        }
        return w;
    }
}
