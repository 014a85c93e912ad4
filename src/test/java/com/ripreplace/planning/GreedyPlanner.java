package com.ripreplace.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The plain baseline: critical sites first, then the earliest possible, then the most subscribers;
 * prerequisites always before the sites that depend on them; each site in the first wave that is open
 * to it, has a crew with room and stays within the budget. It does not look at cash. The solver starts
 * from this plan, so its result is never worse.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {
    }

    public static ReplacementPlan assign(ReplacementPlan plan) {
        PlanLimits limits = plan.getLimits();
        int waves = plan.getWaves().size();
        int[][] load = new int[waves][limits.crews()];
        long[] spend = new long[waves];
        Map<SiteJob, Integer> waiting = new HashMap<>();
        Map<SiteJob, List<SiteJob>> dependents = new HashMap<>();
        for (SiteJob job : plan.getJobs()) {
            waiting.put(job, job.getDependsOn().size());
            for (SiteJob prerequisite : job.getDependsOn()) {
                dependents.computeIfAbsent(prerequisite, k -> new ArrayList<>()).add(job);
            }
        }
        Comparator<SiteJob> priority = Comparator.comparing((SiteJob j) -> !j.isCritical())
                .thenComparingInt(SiteJob::getEarliestWave)
                .thenComparing(Comparator.comparingLong(SiteJob::getSubscribers).reversed())
                .thenComparing(SiteJob::getSiteId);
        PriorityQueue<SiteJob> ready = new PriorityQueue<>(priority);
        plan.getJobs().stream().filter(j -> j.getDependsOn().isEmpty()).forEach(ready::add);
        List<SiteJob> placed = new ArrayList<>();
        while (!ready.isEmpty()) {
            SiteJob job = ready.poll();
            place(job, plan, load, spend);
            placed.add(job);
            for (SiteJob dependent : dependents.getOrDefault(job, List.of())) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        for (SiteJob job : plan.getJobs()) {
            if (job.getWave() == null) {
                place(job, plan, load, spend);
            }
        }
        return plan;
    }

    private static void place(SiteJob job, ReplacementPlan plan, int[][] load, long[] spend) {
        PlanLimits limits = plan.getLimits();
        int waves = load.length;
        int from = job.getEarliestWave();
        for (SiteJob prerequisite : job.getDependsOn()) {
            if (prerequisite.getWave() != null) {
                from = Math.max(from, prerequisite.getWave() + 1);
            }
        }
        for (int w = Math.min(from, waves - 1); w < waves; w++) {
            if (!job.allowedIn(w)) {
                continue;
            }
            if (limits.budgetPerWaveCents().isPresent() && spend[w] > 0
                    && spend[w] + job.getCostCents() > limits.budgetPerWaveCents().getAsLong()) {
                continue;
            }
            int crew = leastLoaded(load[w]);
            if (load[w][crew] < limits.sitesPerCrewPerWave()) {
                assign(job, w, crew, load, spend);
                return;
            }
        }
        int last = waves - 1;
        assign(job, last, leastLoaded(load[last]), load, spend);
    }

    private static void assign(SiteJob job, int wave, int crew, int[][] load, long[] spend) {
        job.setWave(wave);
        job.setCrew(crew);
        load[wave][crew]++;
        spend[wave] += job.getCostCents();
    }

    private static int leastLoaded(int[] crews) {
        int best = 0;
        for (int c = 1; c < crews.length; c++) {
            if (crews[c] < crews[best]) {
                best = c;
            }
        }
        return best;
    }
}
