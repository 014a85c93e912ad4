package com.ripreplace.planning;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * How the search of a plan is run: on a plain solver in the caller's thread ({@link #PLAIN}, the commands), or by
 * a service that queues, watches and cancels solves ({@link ManagedSolves}). The planner is the same either way.
 */
public interface SolveRunner {

    /** Solves in the caller's thread with a plain {@link Solver}. */
    SolveRunner PLAIN = (config, problem, onNewBest) -> {
        Solver<ReplacementPlan> solver = SolverFactory.<ReplacementPlan>create(config).buildSolver();
        long start = System.nanoTime();
        solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution(),
                Duration.ofNanos(System.nanoTime() - start)));
        return solver.solve(problem);
    };

    /**
     * Searches from {@code problem} (every job assigned) under {@code config} and answers the best plan found.
     *
     * @param onNewBest called with each new best plan and the time since the search started
     */
    ReplacementPlan run(SolverConfig config, ReplacementPlan problem, BiConsumer<ReplacementPlan, Duration> onNewBest);
}
