package com.ripreplace.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The proven optimum of a small plan with one crew, by dynamic programming over (wave, set of sites
 * already done): in each wave the crew takes up to its capacity of the sites whose prerequisites are
 * done, whose access window and earliest start allow the wave. Budget and cash are not modelled, so it
 * is meant for benchmark instances without them. Used to measure how close the solver comes.
 */
public final class ExhaustivePlanner {

    private static final int MAX_JOBS = 16;

    private ExhaustivePlanner() {
    }

    /** Assigns every job its optimal wave (crew 0) and answers the plan; needs one crew and at most 16 jobs. */
    public static ReplacementPlan solve(ReplacementPlan plan) {
        List<SiteJob> jobs = plan.getJobs();
        int n = jobs.size();
        if (n > MAX_JOBS || plan.getLimits().crews() != 1 || plan.getLimits().budgetPerWaveCents().isPresent()
                || plan.getLimits().cash().isPresent()) {
            throw new IllegalArgumentException("The exhaustive planner takes one crew, at most " + MAX_JOBS
                    + " sites, no budget and no cash rule");
        }
        int waves = plan.getWaves().size();
        int capacity = plan.getLimits().sitesPerCrewPerWave();
        PlanningWeights weights = plan.getWeights();
        int[] prerequisites = new int[n];
        for (int i = 0; i < n; i++) {
            for (SiteJob p : jobs.get(i).getDependsOn()) {
                prerequisites[i] |= 1 << jobs.indexOf(p);
            }
        }
        int full = (1 << n) - 1;
        long[][] best = new long[waves + 1][1 << n];
        int[][] choice = new int[waves + 1][1 << n];
        for (long[] row : best) {
            Arrays.fill(row, Long.MAX_VALUE);
        }
        best[waves][full] = 0;
        for (int w = waves - 1; w >= 0; w--) {
            for (int done = 0; done <= full; done++) {
                long bestCost = Long.MAX_VALUE;
                int bestPick = -1;
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    SiteJob job = jobs.get(i);
                    if ((done & (1 << i)) == 0 && (prerequisites[i] & ~done) == 0 && job.allowedIn(w)
                            && w >= job.getEarliestWave()) {
                        candidates.add(i);
                    }
                }
                for (int pick : subsets(candidates, capacity)) {
                    long rest = best[w + 1][done | pick];
                    if (rest == Long.MAX_VALUE) {
                        continue;
                    }
                    long cost = rest + waveCost(jobs, pick, w, weights, plan.getWaves().get(w));
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestPick = pick;
                    }
                }
                best[w][done] = bestCost;
                choice[w][done] = bestPick;
            }
        }
        if (best[0][0] == Long.MAX_VALUE) {
            throw new IllegalStateException("No plan obeys the hard rules within " + waves + " waves");
        }
        int done = 0;
        for (int w = 0; w < waves; w++) {
            int pick = choice[w][done];
            for (int i = 0; i < n; i++) {
                if ((pick & (1 << i)) != 0) {
                    jobs.get(i).setWave(w);
                    jobs.get(i).setCrew(0);
                }
            }
            done |= pick;
        }
        return plan;
    }

    /** The soft cost (and days late, weighted far above any soft cost) of doing {@code pick} in wave {@code w}. */
    private static long waveCost(List<SiteJob> jobs, int pick, int w, PlanningWeights weights, Wave wave) {
        long cost = 0;
        List<SiteJob> chosen = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if ((pick & (1 << i)) != 0) {
                SiteJob job = jobs.get(i);
                chosen.add(job);
                cost += (long) w * (weights.exposure() * job.getSubscribers() + (job.isCritical() ? weights.critical() : 0));
                cost += weights.finishEarly() * w;
                cost += wave.daysLate() * 1_000_000_000L;
            }
        }
        for (int a = 0; a < chosen.size(); a++) {
            for (int b = a + 1; b < chosen.size(); b++) {
                cost += weights.travel() * chosen.get(a).kilometresTo(chosen.get(b));
            }
        }
        return cost;
    }

    private static List<Integer> subsets(List<Integer> candidates, int capacity) {
        List<Integer> subsets = new ArrayList<>();
        subsets.add(0);
        for (int candidate : candidates) {
            int size = subsets.size();
            for (int s = 0; s < size; s++) {
                int with = subsets.get(s) | (1 << candidate);
                if (Integer.bitCount(with) <= capacity) {
                    subsets.add(with);
                }
            }
        }
        return subsets;
    }
}
