package com.ripreplace.planning;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
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
import java.util.function.BiConsumer;

/**
 * Solves a replacement plan with OptaPlanner (plain Java API, no container): starts from the greedy
 * baseline, searches until the time limit or until the best score has not improved for a while, and
 * reports each new best score as it is found.
 */
public final class PlanSolver {

    private final Duration timeLimit;
    private final Duration unimprovedLimit;
    private final long seed;
    private final TerminationConfig termination;

    public PlanSolver(Duration timeLimit, long seed) {
        this.timeLimit = timeLimit;
        this.unimprovedLimit = Duration.ofMillis(Math.max(2_000, Math.min(timeLimit.toMillis() / 3, 30_000)));
        this.seed = seed;
        this.termination = new TerminationConfig().withSpentLimit(timeLimit).withUnimprovedSpentLimit(unimprovedLimit);
    }

    /** A solver that stops after a number of score calculations, so tests repeat exactly whatever the machine's speed. */
    static PlanSolver stoppingAfterScoreCalculations(long calculations, long seed) {
        return new PlanSolver(seed, new TerminationConfig().withScoreCalculationCountLimit(calculations));
    }

    private PlanSolver(long seed, TerminationConfig termination) {
        this.timeLimit = Duration.ZERO;
        this.unimprovedLimit = Duration.ZERO;
        this.seed = seed;
        this.termination = termination;
    }

    public static SolverConfig config(long seed) {
        return new SolverConfig()
                .withSolutionClass(ReplacementPlan.class)
                .withEntityClasses(SiteJob.class)
                .withConstraintProviderClass(ReplacementConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed);
    }

    /**
     * Solves the plan in place of a copy and answers the best plan found.
     *
     * @param onBest called with each new best score and the time since the start
     */
    public ReplacementPlan solve(ReplacementPlan problem, BiConsumer<HardMediumSoftLongScore, Duration> onBest) {
        return solve(problem, onBest, SolveRunner.PLAIN);
    }

    /** The same, with the search run by {@code runner} (a plain solver, or a service's solver manager). */
    public ReplacementPlan solve(ReplacementPlan problem, BiConsumer<HardMediumSoftLongScore, Duration> onBest,
                                 SolveRunner runner) {
        GreedyPlanner.assign(problem);
        onBest.accept(score(problem), Duration.ZERO);
        SolverConfig config = config(seed).withTerminationConfig(termination);
        return runner.run(config, problem, (best, elapsed) -> onBest.accept(best.getScore(), elapsed));
    }

    public String settings() {
        return "OptaPlanner 10.1 from the greedy baseline, time limit " + timeLimit.toSeconds() + " s, stops after "
                + unimprovedLimit.toSeconds() + " s without improvement, seed " + seed;
    }

    /** The score of a plan as it stands (every job assigned), computed from the constraints alone. */
    public static HardMediumSoftLongScore score(ReplacementPlan plan) {
        SolutionManager<ReplacementPlan, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(config(0)));
        return manager.update(plan);
    }

    /** Every hard rule and deadline breach of a solved plan, as sentences, worst rule first. */
    public static List<BrokenRule> brokenRules(ReplacementPlan solved) {
        SolutionManager<ReplacementPlan, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(config(0)));
        ScoreExplanation<ReplacementPlan, HardMediumSoftLongScore> explanation = manager.explain(solved);
        List<ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new ArrayList<>(
                explanation.getConstraintMatchTotalMap().values());
        totals.sort(Comparator.comparing(ConstraintMatchTotal::getScore));
        List<BrokenRule> rules = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : totals) {
            HardMediumSoftLongScore score = total.getScore();
            if (score.hardScore() == 0 && score.mediumScore() == 0) {
                continue;
            }
            BrokenRule.Level level = score.hardScore() != 0 ? BrokenRule.Level.PHYSICAL : BrokenRule.Level.DEADLINE;
            List<ConstraintMatch<HardMediumSoftLongScore>> matches = new ArrayList<>(total.getConstraintMatchSet());
            matches.sort(Comparator.comparing(ConstraintMatch::getScore));
            for (ConstraintMatch<HardMediumSoftLongScore> match : matches) {
                Object justification = match.getJustification();
                String text = justification instanceof RuleBreaches.Breach breach ? breach.describe()
                        : String.valueOf(justification);
                rules.add(new BrokenRule(total.getConstraintName(), level, text));
            }
        }
        return rules;
    }
}
