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
            return fewestLate(plan, scheduler, earliest, OptionalLong.empty());
        }
        CashLedger ledger = limits.cash().get();
        scheduler.place(earliest, OptionalLong.empty());
        long unconstrained = lowestBalance(plan, ledger);
        long bottom = Math.min(unconstrained, ledger.startingCents() - totalSpend(plan));
        if (limits.cashRule() == PlanLimits.CashRule.BRIDGE_FINANCING) {
            int target = earliest <= limits.lastOnTimeWave() ? Math.min(limits.lastOnTimeWave(), lastWave) : earliest;
            OptionalLong floor = scheduler.highestFloor(target, bottom, Math.min(0, finalBalance(plan, ledger)));
            return fewestLate(plan, scheduler, target, floor);
        }
        long reachable = Math.min(0, finalBalance(plan, ledger));
        OptionalLong floor = scheduler.highestFloor(lastWave, Math.min(bottom, reachable), reachable);
        if (floor.isEmpty()) {
            scheduler.placeAnyway(OptionalLong.empty());
            return plan;
        }
        OptionalLong last = scheduler.earliestLast(floor);
        return fewestLate(plan, scheduler, (int) last.orElse(lastWave), floor);
    }

    /**
     * The better, by the plan's own score, of the earliest-deadline-first placement and the cheapest-first one for the
     * same last wave and cash floor: both keep the last wave; the second often leaves fewer sites late under a budget.
     */
    private static ReplacementPlan fewestLate(ReplacementPlan plan, WaveScheduler scheduler, int last, OptionalLong floor) {
        if (!scheduler.placeCheapestFirst(last, floor)) {
            scheduler.place(last, floor);
            return plan;
        }
        int[][] cheapest = assignment(plan);
        var cheapestScore = PlanSolver.score(plan);
        scheduler.place(last, floor);
        if (cheapestScore.compareTo(PlanSolver.score(plan)) > 0) {
            for (int i = 0; i < plan.getJobs().size(); i++) {
                plan.getJobs().get(i).setWave(cheapest[i][0]);
                plan.getJobs().get(i).setCrew(cheapest[i][1]);
            }
        }
        return plan;
    }

    private static int[][] assignment(ReplacementPlan plan) {
        int[][] waves = new int[plan.getJobs().size()][];
        for (int i = 0; i < waves.length; i++) {
            SiteJob job = plan.getJobs().get(i);
            waves[i] = new int[]{job.getWave(), job.getCrew()};
        }
        return waves;
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
        return WaveTotals.of(plan).lowest(ledger).balanceCents();
    }
}
