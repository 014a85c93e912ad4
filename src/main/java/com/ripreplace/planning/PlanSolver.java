package com.ripreplace.planning;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Solves a replacement plan with OptaPlanner (plain Java API, no container): starts from the wave
 * scheduler's construction ({@link Construction}), searches until the time limit or until the best score
 * has not improved for a while, and reports each new best score as it is found.
 */
public final class PlanSolver {

    private static final SolverFactory<ReplacementPlan> EXPLAINING = SolverFactory.create(config(0));
    private static final Set<String> PHYSICAL = Set.of(ReplacementConstraints.CREW_CAPACITY,
            ReplacementConstraints.DEPENDENCIES, ReplacementConstraints.ACCESS_WINDOWS,
            ReplacementConstraints.EARLIEST_START);

    private final Duration timeLimit;
    private final Duration unimprovedLimit;
    private final long seed;
    private final TerminationConfig termination;
    private final SolveRunner runner;

    public PlanSolver(Duration timeLimit, long seed) {
        this.timeLimit = timeLimit;
        this.unimprovedLimit = Duration.ofMillis(Math.max(2_000, Math.min(timeLimit.toMillis() / 3, 30_000)));
        this.seed = seed;
        this.termination = new TerminationConfig().withSpentLimit(timeLimit).withUnimprovedSpentLimit(unimprovedLimit);
        this.runner = SolveRunner.PLAIN;
    }

    private PlanSolver(PlanSolver settings, SolveRunner runner) {
        this.timeLimit = settings.timeLimit;
        this.unimprovedLimit = settings.unimprovedLimit;
        this.seed = settings.seed;
        this.termination = settings.termination;
        this.runner = runner;
    }

    /** The same solver with its searches run by {@code runner} (a service's solver manager, {@link ManagedSolves}). */
    PlanSolver runningOn(SolveRunner runner) {
        return new PlanSolver(this, runner);
    }

    /** A solver that stops after a number of score calculations, so tests repeat exactly whatever the machine's speed. */
    static PlanSolver stoppingAfterScoreCalculations(long calculations, long seed) {
        return new PlanSolver(seed, new TerminationConfig().withScoreCalculationCountLimit(calculations));
    }

    private PlanSolver(long seed, TerminationConfig termination) {
        this(seed, termination, SolveRunner.PLAIN);
    }

    private PlanSolver(long seed, TerminationConfig termination, SolveRunner runner) {
        this.timeLimit = Duration.ZERO;
        this.unimprovedLimit = Duration.ZERO;
        this.seed = seed;
        this.termination = termination;
        this.runner = runner;
    }

    /** The same solver with a shorter limit, for the brief re-plans of the what-if table. */
    PlanSolver brief(Duration limit) {
        if (timeLimit.isZero()) {
            return this;
        }
        Duration shorter = limit.compareTo(timeLimit) < 0 ? limit : timeLimit;
        return new PlanSolver(seed, new TerminationConfig().withSpentLimit(shorter)
                .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(500, shorter.toMillis() / 3))), runner);
    }

    /** The time limit of a full solve; zero for a solver that stops after a number of score calculations. */
    Duration timeLimit() {
        return timeLimit;
    }

    static SolverConfig config(long seed) {
        return new SolverConfig()
                .withSolutionClass(ReplacementPlan.class)
                .withEntityClasses(SiteJob.class)
                .withConstraintProviderClass(ReplacementConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed);
    }

    /**
     * Builds the starting plan and improves it; answers the best plan found (the problem itself is left as
     * constructed).
     *
     * @param onBest called with each new best score and the time since the start
     */
    public ReplacementPlan solve(ReplacementPlan problem, String stage, Consumer<SolveProgress> onBest) {
        long started = System.nanoTime();
        Construction.build(problem);
        if (problem.getJobs().isEmpty()) {
            problem.setScore(score(problem));
            return problem;
        }
        Duration constructing = Duration.ofNanos(System.nanoTime() - started);
        onBest.accept(progress(stage, score(problem), constructing));
        SolverConfig config = config(seed).withTerminationConfig(remaining(constructing));
        return runner.run(config, problem, (best, elapsed) -> onBest.accept(progress(stage, best.getScore(), elapsed)));
    }

    /** The termination with the construction's time taken off the time limit (at least a second is left to search). */
    private TerminationConfig remaining(Duration constructing) {
        if (timeLimit.isZero()) {
            return termination;
        }
        Duration left = timeLimit.minus(constructing).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return new TerminationConfig().withSpentLimit(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left)
                .withUnimprovedSpentLimit(unimprovedLimit);
    }

    private static SolveProgress progress(String stage, BendableLongScore score, Duration elapsed) {
        return new SolveProgress(stage, elapsed, describe(score), score.hardScore(0) == 0 && score.hardScore(1) == 0);
    }

    public String settings() {
        return "OptaPlanner 10.1 from the wave scheduler's construction, time limit " + timeLimit.toSeconds()
                + " s, stops after " + unimprovedLimit.toSeconds() + " s without improvement, seed " + seed;
    }

    /** The score of a plan as it stands (every job assigned), computed from the constraints alone. */
    static BendableLongScore score(ReplacementPlan plan) {
        SolutionManager<ReplacementPlan, BendableLongScore> manager = SolutionManager.create(EXPLAINING);
        return manager.update(plan);
    }

    /** A score in words, most binding level first. */
    static String describe(BendableLongScore score) {
        return String.format(Locale.US, "physical %d, money %d, last finish %d, bridge %d, days late %d, goals %d",
                score.hardScore(0), score.hardScore(1), score.softScore(0), score.softScore(1), score.softScore(2),
                score.softScore(3));
    }

    /** Every physical, money and deadline breach of a solved plan, as sentences, worst rule first. */
    static List<BrokenRule> brokenRules(ReplacementPlan solved) {
        SolutionManager<ReplacementPlan, BendableLongScore> manager = SolutionManager.create(EXPLAINING);
        ScoreExplanation<ReplacementPlan, BendableLongScore> explanation = manager.explain(solved);
        List<ConstraintMatchTotal<BendableLongScore>> totals = new ArrayList<>(
                explanation.getConstraintMatchTotalMap().values());
        totals.sort(Comparator.comparing(ConstraintMatchTotal::getScore));
        List<BrokenRule> rules = new ArrayList<>();
        for (ConstraintMatchTotal<BendableLongScore> total : totals) {
            String name = total.getConstraintName();
            BrokenRule.Level level;
            if (PHYSICAL.contains(name)) {
                level = BrokenRule.Level.PHYSICAL;
            } else if (name.equals(ReplacementConstraints.BUDGET_PER_WAVE) || name.equals(ReplacementConstraints.CASH_BALANCE)) {
                level = BrokenRule.Level.MONEY;
            } else if (name.equals(ReplacementConstraints.BRIDGE_FINANCING)) {
                // The cash cannot hold whatever the schedule: the shortfall is a broken money rule all the same.
                level = BrokenRule.Level.MONEY;
                name = ReplacementConstraints.CASH_BALANCE;
            } else if (name.equals(ReplacementConstraints.DEADLINE)) {
                level = BrokenRule.Level.DEADLINE;
            } else {
                continue;
            }
            if (total.getScore().isZero()) {
                continue;
            }
            List<ConstraintMatch<BendableLongScore>> matches = new ArrayList<>(total.getConstraintMatchSet());
            matches.sort(Comparator.comparing(ConstraintMatch::getScore));
            for (ConstraintMatch<BendableLongScore> match : matches) {
                Object justification = match.getJustification();
                String text = justification instanceof RuleBreaches.Breach breach ? breach.describe()
                        : String.valueOf(justification);
                rules.add(new BrokenRule(name, level, text));
            }
        }
        rules.sort(Comparator.comparing(BrokenRule::level));
        return rules;
    }
}
