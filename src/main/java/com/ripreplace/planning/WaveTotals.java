package com.ripreplace.planning;

import com.ripreplace.cost.CashLedger;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the plan spends and claims wave by wave, in cents: the solver's view of the money, collected as
 * sites move and handed to {@link CashLedger}, the same claim rule the workbook follows.
 */
record WaveTotals(long[] spend, long[] requested) {

    /** The totals of a plan as assigned, one entry per wave of the plan. */
    static WaveTotals of(ReplacementPlan plan) {
        int waves = plan.getWaves().size();
        long[] spend = new long[waves];
        long[] requested = new long[waves];
        for (SiteJob job : plan.getJobs()) {
            spend[job.getWave()] += job.getCostCents();
            requested[job.getWave()] += job.getClaimCents();
        }
        return new WaveTotals(spend, requested);
    }

    CashLedger.Lowest lowest(CashLedger ledger) {
        return ledger.lowest(spend, requested);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaveTotals that && Arrays.equals(spend, that.spend)
                && Arrays.equals(requested, that.requested);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(spend) + Arrays.hashCode(requested);
    }

    @Override
    public String toString() {
        return "WaveTotals" + Arrays.toString(spend);
    }

    /** A constraint collector that keeps the totals up to date as each site enters, leaves or moves. */
    static UniConstraintCollector<SiteJob, Running, WaveTotals> collect() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<Running> supplier() {
                return Running::new;
            }

            @Override
            public BiFunction<Running, SiteJob, Runnable> accumulator() {
                return Running::add;
            }

            @Override
            public Function<Running, WaveTotals> finisher() {
                return Running::totals;
            }
        };
    }

    /** The running sums behind the collector. */
    static final class Running {
        private long[] spend = new long[16];
        private long[] requested = new long[16];
        private int[] sites = new int[16];

        Runnable add(SiteJob job) {
            int wave = job.getWave();
            long cost = job.getCostCents();
            long claim = job.getClaimCents();
            if (wave >= spend.length) {
                int size = Math.max(wave + 1, spend.length * 2);
                spend = Arrays.copyOf(spend, size);
                requested = Arrays.copyOf(requested, size);
                sites = Arrays.copyOf(sites, size);
            }
            spend[wave] += cost;
            requested[wave] += claim;
            sites[wave]++;
            return () -> {
                spend[wave] -= cost;
                requested[wave] -= claim;
                sites[wave]--;
            };
        }

        WaveTotals totals() {
            int last = sites.length - 1;
            while (last >= 0 && sites[last] == 0) {
                last--;
            }
            return new WaveTotals(Arrays.copyOf(spend, last + 1), Arrays.copyOf(requested, last + 1));
        }
    }
}
