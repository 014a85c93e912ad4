package com.ripreplace.planning;

import com.ripreplace.cost.CashLedger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Named helpers for solver tests: jobs, waves and limits of a small monthly programme starting January 2027. */
final class Jobs {

    static final int WAVES = 24;
    /** A claim filed at the end of wave w is paid in wave w + 2. */
    static final int[] PAID_TWO_WAVES_LATER = paymentWaves(2);

    private Jobs() {
    }

    static JobBuilder aJob(String id) {
        return new JobBuilder(id);
    }

    static Wave wave(int index) {
        LocalDate start = LocalDate.of(2027, 1, 1).plusMonths(index);
        return new Wave(index, start, start.plusMonths(1).minusDays(1), Set.of(start.getMonthValue()),
                index >= 12 ? (index - 11) * 30L : 0);
    }

    static PlanLimits limits(int crews, int perCrew) {
        return new PlanLimits(crews, perCrew, OptionalLong.empty(), Optional.empty(), PlanLimits.CashRule.WITHIN_CASH, 11);
    }

    static PlanLimits limitsWithBudget(long budgetCents) {
        return new PlanLimits(2, 5, OptionalLong.of(budgetCents), Optional.empty(), PlanLimits.CashRule.WITHIN_CASH, 11);
    }

    /** Starting cash, no allocation cap, claims paid two waves after filing. */
    static PlanLimits limitsWithCash(long startingCashCents) {
        return limitsWithCash(startingCashCents, PlanLimits.CashRule.WITHIN_CASH);
    }

    static PlanLimits limitsWithCash(long startingCashCents, PlanLimits.CashRule rule) {
        return new PlanLimits(2, 5, OptionalLong.empty(),
                Optional.of(new CashLedger(startingCashCents, OptionalLong.empty(), PAID_TWO_WAVES_LATER)), rule, 11);
    }

    private static int[] paymentWaves(int lag) {
        int[] paid = new int[WAVES];
        for (int w = 0; w < WAVES; w++) {
            paid[w] = w + lag;
        }
        return paid;
    }

    static final class JobBuilder {
        private final String id;
        private long cost = 100_000_00L;
        private long claim = 0;
        private boolean critical;
        private long subscribers;
        private double lat = 44.0;
        private double lon = -104.0;
        private Set<Integer> months = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        private int earliest;
        private List<SiteJob> after = List.of();

        JobBuilder(String id) {
            this.id = id;
        }

        JobBuilder costing(long dollars) {
            this.cost = dollars * 100;
            return this;
        }

        JobBuilder claiming(long dollars) {
            this.claim = dollars * 100;
            return this;
        }

        JobBuilder critical() {
            this.critical = true;
            return this;
        }

        JobBuilder serving(long subscribers) {
            this.subscribers = subscribers;
            return this;
        }

        JobBuilder at(double latitude, double longitude) {
            this.lat = latitude;
            this.lon = longitude;
            return this;
        }

        JobBuilder openOnlyIn(Integer... months) {
            this.months = Set.of(months);
            return this;
        }

        JobBuilder notBeforeWave(int wave) {
            this.earliest = wave;
            return this;
        }

        JobBuilder after(SiteJob... prerequisites) {
            this.after = List.of(prerequisites);
            return this;
        }

        SiteJob in(int wave, int crew) {
            boolean[] allowed = new boolean[WAVES];
            for (int w = 0; w < WAVES; w++) {
                allowed[w] = months.containsAll(wave(w).months());
            }
            SiteJob job = new SiteJob(id, cost, claim, critical, subscribers, lat, lon, months, allowed, earliest);
            job.dependOn(after);
            job.setWave(wave);
            job.setCrew(crew);
            return job;
        }
    }
}
