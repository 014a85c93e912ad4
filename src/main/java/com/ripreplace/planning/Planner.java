package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CashLedger;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCalendar;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.inventory.Site;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plans the replacement of a checked inventory: estimate, solve within the physical rules and the money,
 * answer what the money costs in time and in financing, explain a late finish by re-planning with one rule
 * relaxed at a time, and follow the cash.
 */
public final class Planner {

    private final CostCatalog catalog;
    private final PlanningWeights weights;
    private final Clock clock;
    private final SolveRunner runner;

    public Planner(CostCatalog catalog, PlanningWeights weights, Clock clock) {
        this(catalog, weights, clock, SolveRunner.PLAIN);
    }

    /** A planner whose searches are run by {@code runner} (a service's solver manager, see {@link ManagedSolves}). */
    public Planner(CostCatalog catalog, PlanningWeights weights, Clock clock, SolveRunner runner) {
        this.catalog = catalog;
        this.weights = weights;
        this.clock = clock;
        this.runner = runner;
    }

    public PlanOutcome plan(CheckResult checked, ProgramTerms terms, Duration timeLimit, long seed,
                            Consumer<SolveProgress> onProgress) {
        return plan(checked, terms, new PlanSolver(timeLimit, seed).runningOn(runner), onProgress);
    }

    PlanOutcome plan(CheckResult checked, ProgramTerms terms, PlanSolver solver, Consumer<SolveProgress> onProgress) {
        if (!checked.usable()) {
            throw new IllegalArgumentException("An inventory with errors cannot be planned");
        }
        List<Site> sites = checked.inventory().sites();
        CostEstimate estimate = new CostEstimator(catalog.withCosts(checked.inventory().costs()), terms.fundingRule())
                .estimate(sites, checked.items());
        ReplacementPlan problem = PlanProblem.of(sites, estimate, terms, weights);
        java.util.OptionalInt bound = new LastFinishBound(problem).earliestLastWave();
        ReplacementPlan solved = solver.solve(problem, "Plan", onProgress);
        Optional<ReplacementPlan> early = Optional.empty();
        if (solved.getLimits().holdsCash(PlanLimits.CashRule.WITHIN_CASH)
                && (!solved.getScore().isFeasible() || solved.getScore().softScore(0) < 0)) {
            // Short of cash or late: the same sites planned to finish early first, once, both to compare with the
            // plan within the cash and to state the bridge financing.
            early = Optional.of(solver.brief(Duration.ofSeconds(10)).solve(
                    solved.copy(solved.getLimits().withCashRule(PlanLimits.CashRule.BRIDGE_FINANCING)),
                    "Bridge financing", onProgress));
            if (!solved.getScore().isFeasible()) {
                solved = betterOf(solved, early.get());
            }
        }
        List<BrokenRule> broken = PlanSolver.brokenRules(solved);
        String score = PlanSolver.describe(solved.getScore());
        Map<String, Integer> waveBySite = waves(solved);
        CashFlow cashFlow = new CashFlow(estimate, terms);
        List<ScheduledSite> schedule = schedule(solved, sites, estimate, terms, cashFlow.reimbursedBySite(waveBySite));
        List<WaveCashFlow> waves = cashFlow.follow(waveBySite, Map.of());
        boolean feasible = broken.stream().noneMatch(b -> b.level().hard());
        Optional<LocalDate> lastFinish = schedule.stream().map(ScheduledSite::finish).max(LocalDate::compareTo);
        boolean late = terms.deadlineInForce().isPresent() && lastFinish.isPresent()
                && lastFinish.get().isAfter(terms.deadlineInForce().get());
        List<WhatIf> whatIfs = late ? WhatIfs.of(solved, terms, solver, lastFinish.get(), onProgress) : List.of();
        Optional<Extension> extension = ExtensionAnalysis.of(solved, schedule, terms, estimate, whatIfs, bound);
        CashAnswer cash = cashAnswer(terms, estimate, waves, lastFinish, early);
        return new PlanOutcome(terms, estimate, schedule, waves, score, feasible, !late, extension, broken,
                checked.inventory().files(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                solver.settings(), checked.items(), checked.inventory().warnings(), cash, whatIfs,
                notes(solved, terms, estimate));
    }

    /**
     * The better of the plan within the cash and a plan that finished early first, judged by the rules of the
     * first: when the cash cannot hold either way, finishing early may cost no more financing.
     */
    private static ReplacementPlan betterOf(ReplacementPlan withinCash, ReplacementPlan early) {
        ReplacementPlan judged = early.copy(withinCash.getLimits());
        judged.setScore(PlanSolver.score(judged));
        return judged.getScore().compareTo(withinCash.getScore()) > 0 ? judged : withinCash;
    }

    private static Map<String, Integer> waves(ReplacementPlan plan) {
        Map<String, Integer> waveBySite = new LinkedHashMap<>();
        plan.getJobs().forEach(job -> waveBySite.put(job.getSiteId(), job.getWave()));
        return waveBySite;
    }

    /** The lowest balance, and the bridge financing when the cash the carrier has makes the plan late or short. */
    private static CashAnswer cashAnswer(ProgramTerms terms, CostEstimate estimate, List<WaveCashFlow> waves,
                                         Optional<LocalDate> lastFinish, Optional<ReplacementPlan> early) {
        WaveCashFlow lowest = CashFlow.lowestBalance(waves).orElse(null);
        Money lowestBalance = lowest == null ? terms.startingCash() : lowest.cashBalance();
        int lowestWave = lowest == null ? 1 : Numbering.wave(lowest.wave());
        LocalDate lowestOn = lowest == null ? terms.planningStart() : lowest.end();
        Money available = terms.startingCash().plus(estimate.reimbursable());
        boolean unavoidable = terms.givenStartingCash().isPresent() && !PlanProblem.cashCanHold(estimate, terms);
        List<String> sentences = new ArrayList<>();
        Optional<BridgeFinancing> bridge = Optional.empty();
        String unit = terms.waveLength().name().toLowerCase(java.util.Locale.ROOT);
        if (terms.givenStartingCash().isEmpty()) {
            sentences.add(lowestBalance.isNegative()
                    ? String.format("No starting cash was given: the balance starts at zero and falls to %s at the end"
                    + " of %s %d (%s), the sum the carrier must fund.", lowestBalance, unit, lowestWave, lowestOn)
                    : "No starting cash was given: the balance starts at zero and never falls below it.");
            return new CashAnswer(false, lowestBalance, lowestWave, lowestOn, false, bridge, sentences);
        }
        if (unavoidable) {
            sentences.add(String.format("No schedule can keep the cash at or above zero: starting cash of %s and"
                            + " reimbursements of %s within the allocation come to %s, %s less than the cost of %s. Going"
                            + " late cannot help, so this plan keeps every other rule, finishes %s, and needs the least"
                            + " financing found for that: %s, reached at the end of %s %d (%s).", terms.startingCash(),
                    estimate.reimbursable(), available, estimate.total().minus(available), estimate.total(),
                    lastFinish.map(String::valueOf).orElse("-"), lowestBalance.negate().max(Money.ZERO), unit,
                    lowestWave, lowestOn));
            return new CashAnswer(true, lowestBalance, lowestWave, lowestOn, true, bridge, sentences);
        } else if (!lowestBalance.isNegative()) {
            sentences.add(String.format("The cash balance never falls below zero: its lowest is %s, at the end of %s"
                    + " %d (%s).", lowestBalance, unit, lowestWave, lowestOn));
        } else {
            sentences.add(String.format("The cash balance falls to %s at the end of %s %d (%s).", lowestBalance, unit,
                    lowestWave, lowestOn));
        }
        Optional<LocalDate> deadline = terms.deadlineInForce();
        boolean late = deadline.isPresent() && lastFinish.isPresent() && lastFinish.get().isAfter(deadline.get());
        if ((late || lowestBalance.isNegative()) && early.isPresent()) {
            ReplacementPlan bridged = early.get();
            List<BrokenRule> bridgeBroken = PlanSolver.brokenRules(bridged);
            if (bridgeBroken.stream().noneMatch(b -> b.level() == BrokenRule.Level.PHYSICAL)) {
                bridge = bridgeOf(bridged, terms, lastFinish.orElse(terms.planningStart()));
                bridge.ifPresent(b -> sentences.add(bridgeSentence(b, lastFinish.get(), deadline, unit)));
            }
        }
        return new CashAnswer(true, lowestBalance, lowestWave, lowestOn, unavoidable, bridge, sentences);
    }

    private static Optional<BridgeFinancing> bridgeOf(ReplacementPlan bridged, ProgramTerms terms, LocalDate planFinish) {
        CashLedger.Lowest lowest = WaveTotals.of(bridged).lowest(bridged.getLimits().cash().orElseThrow());
        int last = bridged.getJobs().stream().mapToInt(SiteJob::getWave).max().orElse(0);
        WaveCalendar calendar = terms.calendar();
        LocalDate finish = calendar.end(last);
        if (!finish.isBefore(planFinish)) {
            return Optional.empty();
        }
        boolean onTime = terms.deadlineInForce().map(d -> !finish.isAfter(d)).orElse(true);
        return Optional.of(new BridgeFinancing(Money.ofCents(Math.max(0, -lowest.balanceCents())), Numbering.wave(lowest.wave()),
                calendar.end(lowest.wave()), finish, onTime));
    }

    private static String bridgeSentence(BridgeFinancing bridge, LocalDate planFinish, Optional<LocalDate> deadline,
                                         String unit) {
        String when = bridge.onTime() ? "finish on time, by " + bridge.lastFinish()
                : "finish by " + bridge.lastFinish() + ", as early as the physical rules and the budget allow"
                + deadline.map(d -> " (still after the deadline of " + d + ")").orElse("");
        String within = bridge.lastFinish().isBefore(planFinish)
                ? "Within the cash it has, the carrier finishes " + planFinish + ". "
                : "";
        return String.format("%sTo %s, it needs bridge financing of %s, reached at the end of %s %d (%s).", within, when,
                bridge.amount(), unit, bridge.wave(), bridge.reachedOn());
    }

    /** What a reviewer should know that breaks no rule: sites alone over the budget, sites never open, a past start. */
    private List<String> notes(ReplacementPlan solved, ProgramTerms terms, CostEstimate estimate) {
        List<String> notes = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (terms.planningStart().isBefore(today)) {
            notes.add("The planning start, " + terms.planningStart() + ", lies before today (" + today + "): the first"
                    + " waves of this plan are already in the past.");
        }
        terms.budgetPerWave().ifPresent(budget -> estimate.sites().stream()
                .filter(site -> site.total().compareTo(budget) > 0)
                .sorted(Comparator.comparing(SiteEstimate::siteId))
                .forEach(site -> notes.add(String.format("%s costs %s, more than the %s budget per %s: it has its wave"
                                + " to itself, which goes over by %s.", site.siteId(), site.total(), budget,
                        terms.waveLength().name().toLowerCase(java.util.Locale.ROOT), site.total().minus(budget)))));
        for (SiteJob never : new WaveScheduler(solved).unreachable()) {
            notes.add(ExtensionAnalysis.neverOpen(never, terms));
        }
        return notes;
    }

    private static List<ScheduledSite> schedule(ReplacementPlan solved, List<Site> sites, CostEstimate estimate,
                                                ProgramTerms terms, Map<String, Money> reimbursed) {
        Map<String, Site> siteById = new HashMap<>();
        sites.forEach(s -> siteById.put(s.siteId(), s));
        Map<String, SiteEstimate> estimateById = new HashMap<>();
        estimate.sites().forEach(s -> estimateById.put(s.siteId(), s));
        WaveCalendar calendar = terms.calendar();
        Optional<LocalDate> deadline = terms.deadlineInForce();
        Map<String, List<SiteJob>> routes = new LinkedHashMap<>();
        for (SiteJob job : solved.getJobs()) {
            routes.computeIfAbsent(job.getWave() + "/" + job.getCrew(), k -> new ArrayList<>()).add(job);
        }
        Map<SiteJob, Integer> order = new HashMap<>();
        routes.values().forEach(route -> {
            List<SiteJob> ordered = nearestNeighbour(route);
            for (int i = 0; i < ordered.size(); i++) {
                order.put(ordered.get(i), i + 1);
            }
        });
        List<ScheduledSite> schedule = new ArrayList<>();
        for (SiteJob job : solved.getJobs()) {
            String id = job.getSiteId();
            int wave = job.getWave();
            Site site = siteById.containsKey(id) ? siteById.get(id) : unlisted(id);
            Assignment assignment = new Assignment(wave, job.getCrew(), order.get(job), calendar.start(wave),
                    calendar.end(wave));
            schedule.add(new ScheduledSite(site, estimateById.get(id), assignment, reimbursed.get(id), deadline));
        }
        schedule.sort(Comparator.comparingInt(ScheduledSite::wave).thenComparingInt(ScheduledSite::crew)
                .thenComparingInt(ScheduledSite::travelOrder));
        return schedule;
    }

    /** A site the inventory does not describe, known only by its id: no name, not critical, open all year. */
    private static Site unlisted(String siteId) {
        return new Site(siteId, null, null, null, null, null, false, null, List.of(), Site.ALL_YEAR, null, null);
    }

    /** A crew's route in a wave: start at its first site by id, then always the nearest not yet visited. */
    private static List<SiteJob> nearestNeighbour(List<SiteJob> route) {
        List<SiteJob> left = new ArrayList<>(route);
        left.sort(Comparator.comparing(SiteJob::getSiteId));
        List<SiteJob> ordered = new ArrayList<>();
        SiteJob current = left.remove(0);
        ordered.add(current);
        while (!left.isEmpty()) {
            SiteJob from = current;
            SiteJob next = left.stream().min(Comparator.comparingLong(from::kilometresTo)).orElseThrow();
            left.remove(next);
            ordered.add(next);
            current = next;
        }
        return ordered;
    }
}
