package com.ripreplace.planning;

import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Solves run by OptaPlanner's {@code SolverManager} under a problem id, for a service: each new best plan is
 * reported as it is found, and the solve is terminated early as soon as {@code stopRequested} answers true
 * (a plan cancelled, the service stopping), checked a few times a second. Nothing is kept once a solve ends:
 * who may stop a solve is decided by the caller's supplier (in the service, the job's state in the database).
 */
public final class ManagedSolves {

    private static final long POLL_MILLIS = 200;

    private ManagedSolves() {
    }

    /** A runner for the solves of one plan (its search, and any further searches the planner makes for it). */
    public static SolveRunner forProblem(long problemId, BooleanSupplier stopRequested) {
        return (config, problem, onNewBest) -> {
            if (stopRequested.getAsBoolean()) {
                return problem;
            }
            SolverManagerConfig managerConfig = new SolverManagerConfig().withParallelSolverCount("1");
            try (SolverManager<ReplacementPlan, Long> manager =
                         SolverManager.create(SolverFactory.<ReplacementPlan>create(config), managerConfig)) {
                CompletableFuture<ReplacementPlan> finalBest = new CompletableFuture<>();
                long start = System.nanoTime();
                manager.solveAndListen(problemId, id -> problem,
                        best -> onNewBest.accept(best, Duration.ofNanos(System.nanoTime() - start)),
                        finalBest::complete, (id, error) -> finalBest.completeExceptionally(error));
                boolean terminated = false;
                while (true) {
                    try {
                        return finalBest.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException stillSolving) {
                        if (!terminated && stopRequested.getAsBoolean()) {
                            manager.terminateEarly(problemId);
                            terminated = true;
                        }
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    } catch (InterruptedException e) {
                        manager.terminateEarly(problemId);
                        Thread.currentThread().interrupt();
                        return problem;
                    }
                }
            }
        };
    }
}
