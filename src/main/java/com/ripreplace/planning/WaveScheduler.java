package com.ripreplace.planning;

import com.ripreplace.cost.CashLedger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The construction of a plan, before the local search: a list scheduler that fills the waves one after
 * another, each site as soon as its prerequisites are done, its equipment can arrive and its access
 * months allow, the site whose own latest wave comes first taken first (earliest deadline first, the
 * latest wave of a site being the target last wave less the chain of sites that must follow it).
 * Crews, the budget per wave and, when asked, a floor under the cash balance are kept as it goes.
 * Searching the target gives the earliest last wave this scheduler reaches; searching the floor gives
 * the least peak shortfall for a given last wave.
 */
final class WaveScheduler {

    private static final int CASH_TRIES_PER_WAVE = 200;

    private final ReplacementPlan plan;
    private final List<SiteJob> jobs;
    private final int waves;
    private final int[] index;
    private final int[][] prerequisites;
    private final int[][] dependents;
    /** Reverse topological order: every site before the sites it depends on. */
    private final int[] reverseOrder;
    /** The first wave each site could take: equipment, access months and the chain of sites before it. */
    private final int[] firstPossible;
    private final Comparator<Integer> priority;

    WaveScheduler(ReplacementPlan plan) {
        this.plan = plan;
        this.jobs = plan.getJobs();
        this.waves = plan.getWaves().size();
        int n = jobs.size();
        Map<SiteJob, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(jobs.get(i), i);
        }
        this.index = new int[n];
        this.prerequisites = new int[n][];
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            after.add(new ArrayList<>());
            index[i] = i;
        }
        for (int i = 0; i < n; i++) {
            prerequisites[i] = jobs.get(i).getDependsOn().stream().filter(position::containsKey)
                    .mapToInt(position::get).toArray();
            for (int p : prerequisites[i]) {
                after.get(p).add(i);
            }
        }
        this.dependents = after.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        int[] order = topologicalOrder();
        this.reverseOrder = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            reverseOrder[i] = order[order.length - 1 - i];
        }
        this.firstPossible = new int[n];
        for (int i : order) {
            int from = jobs.get(i).getEarliestWave();
            for (int p : prerequisites[i]) {
                from = Math.max(from, firstPossible[p] + 1);
            }
            int w = from;
            while (w < waves && !jobs.get(i).allowedIn(w)) {
                w++;
            }
            firstPossible[i] = w;
        }
        this.priority = Comparator.comparing((Integer i) -> !jobs.get(i).isCritical())
                .thenComparing(Comparator.comparingLong((Integer i) -> jobs.get(i).getSubscribers()).reversed())
                .thenComparing(i -> jobs.get(i).getSiteId());
    }

    /** Sites in an order where prerequisites come first; sites on a circle of dependencies come last. */
    private int[] topologicalOrder() {
        int n = jobs.size();
        int[] waiting = new int[n];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            waiting[i] = prerequisites[i].length;
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        boolean[] done = new boolean[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[k++] = i;
            done[i] = true;
            for (int d : dependents[i]) {
                if (--waiting[d] == 0) {
                    ready.add(d);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!done[i]) {
                order[k++] = i;
            }
        }
        return order;
    }

    /** The sites that no wave of the plan can take: never open after their earliest start, or behind such a site. */
    List<SiteJob> unreachable() {
        List<SiteJob> never = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (firstPossible[i] >= waves) {
                never.add(jobs.get(i));
            }
        }
        return never;
    }

    /** The latest first-possible wave over all sites: no plan finishes before it. */
    int lastFirstPossible() {
        return Arrays.stream(firstPossible).max().orElse(0);
    }

    /**
     * Places every site so that none ends after wave {@code last}, keeping the balance at or above
     * {@code cashFloor} when given. Answers false, leaving the assignment incomplete, when it cannot.
     */
    boolean place(int last, OptionalLong cashFloor) {
        return run(last, cashFloor, true, false);
    }

    /**
     * As {@link #place}, but in each wave the sites that must go no later than it come first and then the cheapest:
     * under a budget per wave more sites fit a wave, so fewer finish late (the total days late), while the last wave
     * is kept.
     */
    boolean placeCheapestFirst(int last, OptionalLong cashFloor) {
        return run(last, cashFloor, true, true);
    }

    /** Places every site as early as the rules allow, and where a site cannot be placed within them, anyway. */
    void placeAnyway(OptionalLong cashFloor) {
        run(waves - 1, cashFloor, false, false);
    }

    /** The earliest last wave the scheduler reaches under the cash floor, or empty when none within the plan's waves. */
    OptionalLong earliestLast(OptionalLong cashFloor) {
        int low = Math.min(lastFirstPossible(), waves - 1);
        int high = waves - 1;
        if (!place(high, cashFloor)) {
            return OptionalLong.empty();
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (place(middle, cashFloor)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return OptionalLong.of(high);
    }

    /**
     * The highest cash floor, between {@code lowest} and {@code highest} cents, under which every site is placed by
     * wave {@code last}; empty when not even {@code lowest} works. Searched to the dollar or a thousandth of the
     * floor, whichever is larger (the local search refines it).
     */
    OptionalLong highestFloor(int last, long lowest, long highest) {
        if (place(last, OptionalLong.of(highest))) {
            return OptionalLong.of(highest);
        }
        if (!place(last, OptionalLong.of(lowest))) {
            return OptionalLong.empty();
        }
        long low = lowest;
        long high = highest;
        while (high - low > Math.max(100, Math.abs(low) / 1_000)) {
            long middle = low + (high - low) / 2;
            if (place(last, OptionalLong.of(middle))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return OptionalLong.of(low);
    }

    private boolean run(int last, OptionalLong cashFloor, boolean strict, boolean cheapestFirst) {
        int n = jobs.size();
        int[] latest = latestWaves(last);
        if (strict) {
            for (int i = 0; i < n; i++) {
                if (latest[i] < firstPossible[i]) {
                    return false;
                }
            }
        }
        PlanLimits limits = plan.getLimits();
        Ledger ledger = cashFloor.isPresent() && limits.cash().isPresent()
                ? new Ledger(limits.cash().get(), waves, cashFloor.getAsLong()) : null;
        int[] placedIn = new int[n];
        Arrays.fill(placedIn, -1);
        int[] waiting = new int[n];
        int[] availableFrom = new int[n];
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            waiting[i] = prerequisites[i].length;
            availableFrom[i] = jobs.get(i).getEarliestWave();
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        Comparator<Integer> earliestDeadline = Comparator.comparingInt((Integer i) -> latest[i]).thenComparing(priority);
        int placed = 0;
        for (int w = 0; w < waves && placed < n; w++) {
            final int wave = w;
            List<Integer> candidates = new ArrayList<>();
            for (int i : ready) {
                if (availableFrom[i] <= wave && jobs.get(i).allowedIn(wave)) {
                    candidates.add(i);
                }
            }
            candidates.sort(cheapestFirst ? Comparator.comparing((Integer i) -> latest[i] > wave)
                    .thenComparingLong(i -> jobs.get(i).getCostCents()).thenComparing(earliestDeadline) : earliestDeadline);
            List<Integer> taken = new ArrayList<>();
            long spend = 0;
            int cashFailures = 0;
            for (int i : candidates) {
                if (taken.size() == limits.sitesPerWave()) {
                    break;
                }
                long cost = jobs.get(i).getCostCents();
                if (limits.budgetPerWaveCents().isPresent() && !taken.isEmpty()
                        && spend + cost > limits.budgetPerWaveCents().getAsLong()) {
                    continue;
                }
                if (ledger != null) {
                    if (cashFailures >= CASH_TRIES_PER_WAVE) {
                        break;
                    }
                    if (!ledger.tryAdd(wave, jobs.get(i))) {
                        cashFailures++;
                        continue;
                    }
                }
                taken.add(i);
                spend += cost;
            }
            assignCrews(taken, wave);
            for (int i : taken) {
                placedIn[i] = wave;
                placed++;
            }
            ready.removeAll(taken);
            for (int i : taken) {
                for (int d : dependents[i]) {
                    availableFrom[d] = Math.max(availableFrom[d], wave + 1);
                    if (--waiting[d] == 0) {
                        ready.add(d);
                    }
                }
            }
            if (strict) {
                for (int i : ready) {
                    if (latest[i] <= wave && placedIn[i] < 0) {
                        return false;
                    }
                }
            }
        }
        if (placed < n) {
            if (strict) {
                return false;
            }
            placeTheRest(placedIn);
        }
        return true;
    }

    /** Sites left over by the lenient run (never open, or on a circle): each at its first possible wave, else the last. */
    private void placeTheRest(int[] placedIn) {
        for (int i : reverseOrderReversed()) {
            if (placedIn[i] >= 0) {
                continue;
            }
            int from = jobs.get(i).getEarliestWave();
            for (int p : prerequisites[i]) {
                if (placedIn[p] >= 0) {
                    from = Math.max(from, placedIn[p] + 1);
                }
            }
            int wave = Math.min(from, waves - 1);
            jobs.get(i).setWave(wave);
            jobs.get(i).setCrew(0);
            placedIn[i] = wave;
        }
    }

    private int[] reverseOrderReversed() {
        int[] order = new int[reverseOrder.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = reverseOrder[order.length - 1 - i];
        }
        return order;
    }

    /** For each site (in the plan's order), the first wave it could take. */
    int[] firstPossibleWaves() {
        return firstPossible.clone();
    }

    /** For each site, the latest wave it can take so that it and every site after it end by {@code last}. */
    int[] latestWaves(int last) {
        int[] latest = new int[jobs.size()];
        for (int i : reverseOrder) {
            int limit = last;
            for (int d : dependents[i]) {
                limit = Math.min(limit, latest[d] - 1);
            }
            int w = Math.min(limit, waves - 1);
            while (w >= 0 && !jobs.get(i).allowedIn(w)) {
                w--;
            }
            latest[i] = w;
        }
        return latest;
    }

    /** A wave's sites to its crews: sorted west to east and cut into runs, one run a crew. */
    private void assignCrews(List<Integer> taken, int wave) {
        List<Integer> byLongitude = new ArrayList<>(taken);
        byLongitude.sort(Comparator.comparingDouble((Integer i) -> jobs.get(i).longitude())
                .thenComparing(i -> jobs.get(i).getSiteId()));
        int perCrew = plan.getLimits().sitesPerCrewPerWave();
        for (int k = 0; k < byLongitude.size(); k++) {
            SiteJob job = jobs.get(byLongitude.get(k));
            job.setWave(wave);
            job.setCrew(Math.min(k / perCrew, plan.getLimits().crews() - 1));
        }
    }

    /** Spend and claims of the sites placed so far, held above a floor. */
    private static final class Ledger {
        private final CashLedger ledger;
        private final long[] spend;
        private final long[] requested;
        private final long floor;

        Ledger(CashLedger ledger, int waves, long floor) {
            this.ledger = ledger;
            this.spend = new long[waves];
            this.requested = new long[waves];
            this.floor = floor;
        }

        boolean tryAdd(int wave, SiteJob job) {
            spend[wave] += job.getCostCents();
            requested[wave] += job.getClaimCents();
            if (ledger.lowest(spend, requested).balanceCents() >= floor) {
                return true;
            }
            spend[wave] -= job.getCostCents();
            requested[wave] -= job.getClaimCents();
            return false;
        }
    }
}
