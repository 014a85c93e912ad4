package com.ripreplace.planning;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A proven lower bound on the last wave of any plan that keeps the physical rules and the budget: the
 * earliest last wave for which the sites can still be matched to waves, each within its own window (from
 * the first wave its equipment, access months and the chain of sites before it allow, to the last wave
 * that leaves room for the chain of sites after it), no wave taking more sites than the crews can do,
 * and the spend fitting the budget per wave. Every plan keeping the rules is such a matching, so no plan
 * finishes earlier; when a plan's last wave equals the bound, no plan finishes earlier than it.
 */
final class LastFinishBound {

    private final ReplacementPlan plan;
    private final WaveScheduler scheduler;

    LastFinishBound(ReplacementPlan plan) {
        this.plan = plan;
        this.scheduler = new WaveScheduler(plan);
    }

    /** The earliest last wave (0-based) the physical rules and the budget allow; empty when no wave of the plan does. */
    OptionalInt earliestLastWave() {
        List<SiteJob> jobs = plan.getJobs();
        if (jobs.isEmpty()) {
            return OptionalInt.of(0);
        }
        int waves = plan.getWaves().size();
        int low = Math.min(scheduler.lastFirstPossible(), waves - 1);
        if (!feasible(waves - 1)) {
            return OptionalInt.empty();
        }
        int high = waves - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (feasible(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return OptionalInt.of(high);
    }

    private boolean feasible(int last) {
        int[] first = scheduler.firstPossibleWaves();
        int[] latest = scheduler.latestWaves(last);
        List<SiteJob> jobs = plan.getJobs();
        int n = jobs.size();
        for (int i = 0; i < n; i++) {
            if (latest[i] < first[i]) {
                return false;
            }
        }
        return budgetAllows(first, latest, last) && matching(first, latest, last) == n;
    }

    /**
     * Sites alone over the budget take a wave each; the rest need their cost over the budget in waves. Checked for
     * every tail of the plan (the sites that cannot start before wave t must fit in waves t to {@code last}) and every
     * head (the sites that must end by wave t must fit in the waves up to t).
     */
    private boolean budgetAllows(int[] first, int[] latest, int last) {
        if (plan.getLimits().budgetPerWaveCents().isEmpty()) {
            return true;
        }
        long budget = plan.getLimits().budgetPerWaveCents().getAsLong();
        List<SiteJob> jobs = plan.getJobs();
        int waves = last + 1;
        long[] tailCost = new long[waves + 1];
        long[] tailOversized = new long[waves + 1];
        long[] headCost = new long[waves + 1];
        long[] headOversized = new long[waves + 1];
        int from = Arrays.stream(first).min().orElse(0);
        for (int i = 0; i < jobs.size(); i++) {
            long cost = jobs.get(i).getCostCents();
            boolean alone = cost > budget;
            int f = Math.min(first[i], waves);
            int l = Math.max(latest[i], 0);
            tailCost[f] += alone ? 0 : cost;
            tailOversized[f] += alone ? 1 : 0;
            headCost[l] += alone ? 0 : cost;
            headOversized[l] += alone ? 1 : 0;
        }
        for (int t = waves - 1; t >= 0; t--) {
            tailCost[t] += tailCost[t + 1];
            tailOversized[t] += tailOversized[t + 1];
        }
        for (int t = 1; t < waves; t++) {
            headCost[t] += headCost[t - 1];
            headOversized[t] += headOversized[t - 1];
        }
        for (int t = 0; t < waves; t++) {
            if (wavesNeeded(tailCost[t], tailOversized[t], budget) > waves - t
                    || (t >= from && wavesNeeded(headCost[t], headOversized[t], budget) > t - from + 1)) {
                return false;
            }
        }
        return true;
    }

    private static long wavesNeeded(long cost, long oversized, long budget) {
        if (budget == 0) {
            return cost > 0 ? Long.MAX_VALUE / 2 : oversized;
        }
        return oversized + (cost + budget - 1) / budget;
    }

    /** The largest number of sites placed in open waves of their windows, at most crews × sites per crew a wave (Dinic). */
    private int matching(int[] first, int[] latest, int last) {
        List<SiteJob> jobs = plan.getJobs();
        int n = jobs.size();
        int waves = last + 1;
        Flow flow = new Flow(n + waves + 2);
        int source = n + waves;
        int sink = source + 1;
        for (int i = 0; i < n; i++) {
            flow.edge(source, i, 1);
            for (int w = first[i]; w <= latest[i]; w++) {
                if (jobs.get(i).allowedIn(w)) {
                    flow.edge(i, n + w, 1);
                }
            }
        }
        int capacity = plan.getLimits().sitesPerWave();
        for (int w = 0; w < waves; w++) {
            flow.edge(n + w, sink, capacity);
        }
        return flow.max(source, sink);
    }

    /** A maximum flow on integer capacities (Dinic's algorithm). */
    private static final class Flow {
        private final int nodes;
        private int[] head;
        private int[] next = new int[16];
        private int[] to = new int[16];
        private int[] capacity = new int[16];
        private int edges;
        private int[] level;
        private int[] cursor;

        Flow(int nodes) {
            this.nodes = nodes;
            this.head = new int[nodes];
            Arrays.fill(head, -1);
        }

        void edge(int from, int target, int cap) {
            add(from, target, cap);
            add(target, from, 0);
        }

        private void add(int from, int target, int cap) {
            if (edges == to.length) {
                next = Arrays.copyOf(next, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                capacity = Arrays.copyOf(capacity, edges * 2);
            }
            to[edges] = target;
            capacity[edges] = cap;
            next[edges] = head[from];
            head[from] = edges++;
        }

        int max(int source, int sink) {
            int total = 0;
            level = new int[nodes];
            cursor = new int[nodes];
            while (levels(source, sink)) {
                System.arraycopy(head, 0, cursor, 0, nodes);
                int pushed;
                while ((pushed = push(source, sink, Integer.MAX_VALUE)) > 0) {
                    total += pushed;
                }
            }
            return total;
        }

        private boolean levels(int source, int sink) {
            Arrays.fill(level, -1);
            level[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int e = head[node]; e >= 0; e = next[e]) {
                    if (capacity[e] > 0 && level[to[e]] < 0) {
                        level[to[e]] = level[node] + 1;
                        queue.add(to[e]);
                    }
                }
            }
            return level[sink] >= 0;
        }

        private int push(int node, int sink, int limit) {
            if (node == sink) {
                return limit;
            }
            for (; cursor[node] >= 0; cursor[node] = next[cursor[node]]) {
                int e = cursor[node];
                if (capacity[e] > 0 && level[to[e]] == level[node] + 1) {
                    int pushed = push(to[e], sink, Math.min(limit, capacity[e]));
                    if (pushed > 0) {
                        capacity[e] -= pushed;
                        capacity[e ^ 1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
