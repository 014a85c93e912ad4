package com.ripreplace.planning;

import com.ripreplace.cost.CashLedger;

import java.util.OptionalLong;

/**
 * The starting plan the local search improves, built by the {@link WaveScheduler} to match the levels of
 * the score: the physical rules and the budget always; then, within the cash, the highest floor the cash
 * can hold (zero, or the final balance when even that is below zero) with the earliest last wave under
 * it; or, for bridge financing, the earliest last wave (or the deadline when that is later) with the
 * highest cash floor under it.
 */
final class Construction {

    private Construction() {
    }

    static ReplacementPlan build(ReplacementPlan plan) {
        if (plan.getJobs().isEmpty()) {
            return plan;
        }
        WaveScheduler scheduler = new WaveScheduler(plan);
        PlanLimits limits = plan.getLimits();
        int lastWave = plan.getWaves().size() - 1;
        OptionalLong fastest = scheduler.earliestLast(OptionalLong.empty());
        if (fastest.isEmpty()) {
            scheduler.placeAnyway(OptionalLong.empty());
            return plan;
        }
        int earliest = (int) fastest.getAsLong();
        if (limits.cash().isEmpty()) {
            scheduler.place(earliest, OptionalLong.empty());
            return plan;
        }
        CashLedger ledger = limits.cash().get();
        scheduler.place(earliest, OptionalLong.empty());
        long unconstrained = lowestBalance(plan, ledger);
        long bottom = Math.min(unconstrained, ledger.startingCents() - totalSpend(plan));
        if (limits.cashRule() == PlanLimits.CashRule.BRIDGE_FINANCING) {
            int target = earliest <= limits.lastOnTimeWave() ? Math.min(limits.lastOnTimeWave(), lastWave) : earliest;
            OptionalLong floor = scheduler.highestFloor(target, bottom, Math.min(0, finalBalance(plan, ledger)));
            scheduler.place(target, floor.isPresent() ? floor : OptionalLong.empty());
            return plan;
        }
        long reachable = Math.min(0, finalBalance(plan, ledger));
        OptionalLong floor = scheduler.highestFloor(lastWave, Math.min(bottom, reachable), reachable);
        if (floor.isEmpty()) {
            scheduler.placeAnyway(OptionalLong.empty());
            return plan;
        }
        OptionalLong last = scheduler.earliestLast(floor);
        scheduler.place((int) last.orElse(lastWave), floor);
        return plan;
    }

    /** The balance once every claim is paid: starting cash + reimbursements (within the allocation) − cost. */
    static long finalBalance(ReplacementPlan plan, CashLedger ledger) {
        long spend = 0;
        long requested = 0;
        for (SiteJob job : plan.getJobs()) {
            spend += job.getCostCents();
            requested += job.getClaimCents();
        }
        return ledger.startingCents() + ledger.claims(new long[]{requested})[0] - spend;
    }

    private static long totalSpend(ReplacementPlan plan) {
        return plan.getJobs().stream().mapToLong(SiteJob::getCostCents).sum();
    }

    /** The lowest balance of the plan as assigned. */
    static long lowestBalance(ReplacementPlan plan, CashLedger ledger) {
        int waves = plan.getWaves().size();
        long[] spend = new long[waves];
        long[] requested = new long[waves];
        for (SiteJob job : plan.getJobs()) {
            spend[job.getWave()] += job.getCostCents();
            requested[job.getWave()] += job.getClaimCents();
        }
        return ledger.lowest(spend, requested).balanceCents();
    }
}
