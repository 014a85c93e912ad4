package com.ripreplace.service;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.persistence.PlanRecord;
import com.ripreplace.persistence.PlanStore;
import com.ripreplace.persistence.PlanStore.Status;
import com.ripreplace.planning.ManagedSolves;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.SolveProgress;
import com.ripreplace.planning.Planner;
import com.ripreplace.planning.PlanningWeights;
import com.ripreplace.workbook.PlanWorkbookWriter;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plans solved in the background: a fixed number of plans solve at once ({@code ripreplace.plans.concurrency}),
 * a bounded number wait ({@code ripreplace.plans.queue-length}; beyond it a new plan is refused, 503). Each plan's
 * state lives in the database only ({@link PlanStore}); the queue holds nothing but plan ids. When the service
 * stops, running solves are terminated and every open plan is marked INTERRUPTED; at start, plans left open by a
 * service that died are marked so too. Either can be started again.
 */
@Context
@Requires(property = "datasources.default.url")
@Requires(notEnv = "users") // the users command opens the database beside a running service: it must not touch plans
public class PlanJobs {

    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final PlanStore plans;
    private final StoredInventories inventories;
    private final CostCatalog catalog;
    private final Clock clock;
    private final JsonMapper json;
    private final PlanResults results;
    private final ThreadPoolExecutor executor;
    private final int queueLength;
    private volatile boolean stopping;

    PlanJobs(PlanStore plans, StoredInventories inventories, CostCatalog catalog, Clock clock, JsonMapper json,
             PlanResults results, @Value("${ripreplace.plans.concurrency:1}") int concurrency,
             @Value("${ripreplace.plans.queue-length:20}") int queueLength) {
        this.plans = plans;
        this.inventories = inventories;
        this.catalog = catalog;
        this.clock = clock;
        this.json = json;
        this.results = results;
        this.queueLength = queueLength;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueLength)), r -> {
                    Thread t = new Thread(r, "plan-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        long left = plans.interruptOpen("The service stopped while this plan was queued or solving; start it again"
                + " with POST /api/plans/{id}/restart.");
        if (left > 0) {
            LOG.info("{} plan(s) left open by a previous run marked INTERRUPTED", left);
        }
    }

    /** Queues a plan of a stored inventory; 404 for an unknown inventory, 422 for unusable settings, 503 when full. */
    public PlanRecord submit(long inventoryId, Settings settings, String carrierFrn, String createdBy) {
        settings.overrides();
        settings.solveTimeLimit();
        if (!inventories.exists(inventoryId)) {
            throw NotFoundException.inventory(inventoryId);
        }
        String settingsJson;
        try {
            settingsJson = json.writeValueAsString(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlanRecord created = plans.create(inventoryId, settingsJson, carrierFrn, createdBy);
        try {
            enqueue(created.id());
        } catch (QueueFullException e) {
            plans.forget(created.id());
            throw e;
        }
        return created;
    }

    /** Starts an interrupted, failed or cancelled plan again with its settings; 409 for a plan that is not. */
    public PlanRecord restart(long planId) {
        PlanRecord plan = plans.find(planId).orElseThrow(() -> NotFoundException.plan(planId));
        if (!plans.requeue(planId)) {
            throw new ConflictException("Plan " + planId + " is " + plan.status() + "; only an interrupted, failed or"
                    + " cancelled plan can be started again.");
        }
        try {
            enqueue(planId);
        } catch (QueueFullException e) {
            plans.interrupt(planId, "The planning queue was full when this plan was started again; try again later.");
            throw e;
        }
        return plans.find(planId).orElseThrow();
    }

    /** Cancels a queued or running plan (a running solve stops within a second); 409 for a finished one. */
    public PlanRecord cancel(long planId) {
        PlanRecord plan = plans.find(planId).orElseThrow(() -> NotFoundException.plan(planId));
        if (!plans.cancel(planId)) {
            throw new ConflictException("Plan " + planId + " is " + plan.status() + "; only a queued or solving plan"
                    + " can be cancelled.");
        }
        return plans.find(planId).orElseThrow();
    }

    private void enqueue(long planId) {
        if (stopping) {
            throw new QueueFullException("The service is stopping; start the plan again once it is back.");
        }
        try {
            executor.execute(() -> solve(planId));
        } catch (RejectedExecutionException e) {
            throw new QueueFullException("The planning queue is full (" + queueLength + " plans waiting besides those"
                    + " solving); try again in a few minutes, or cancel a plan you no longer need.");
        }
    }

    private void solve(long planId) {
        if (stopping || !plans.start(planId)) {
            return;
        }
        try {
            PlanRecord plan = plans.find(planId).orElseThrow();
            Settings settings = json.readValue(plan.settings(), Settings.class);
            CheckResult checked = inventories.read(plan.inventoryId());
            ProgramTerms terms = ProgramTerms.resolve(checked.inventory().program(), settings.overrides(),
                    LocalDate.now(clock));
            Planner planner = new Planner(catalog, PlanningWeights.DEFAULTS, clock,
                    ManagedSolves.forProblem(planId, () -> stopping
                            || plans.status(planId).map(s -> s != Status.SOLVING).orElse(true)));
            PlanOutcome outcome = planner.plan(checked, terms, settings.solveTimeLimit(), settings.solveSeed(),
                    new Progress(planId));
            if (stopping || plans.status(planId).orElse(null) != Status.SOLVING) {
                return;
            }
            plans.done(planId, outcome.score(), outcome.feasible(), results.json(outcome), workbook(outcome));
        } catch (Exception | LinkageError e) {
            if (stopping) {
                return;
            }
            LOG.error("Plan {} failed", planId, e);
            plans.fail(planId, "The plan could not be made: " + e.getMessage());
        }
    }

    private static byte[] workbook(PlanOutcome outcome) throws IOException {
        Path file = Files.createTempFile("rrp-plan-", ".xlsx");
        try {
            new PlanWorkbookWriter().write(outcome, file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Writes the stage and its best score to the plan's row at most twice a second, and whenever the stage or
     * feasibility changes.
     */
    private final class Progress implements java.util.function.Consumer<SolveProgress> {
        private final long planId;
        private long lastWritten;
        private String lastStage;
        private Boolean lastFeasible;

        Progress(long planId) {
            this.planId = planId;
        }

        @Override
        public synchronized void accept(SolveProgress progress) {
            long now = System.currentTimeMillis();
            if (!progress.stage().equals(lastStage) || lastFeasible == null || lastFeasible != progress.feasible()
                    || now - lastWritten >= PROGRESS_EVERY_MILLIS) {
                plans.progress(planId, progress.stage(), progress.bestScore(), progress.feasible());
                lastWritten = now;
                lastStage = progress.stage();
                lastFeasible = progress.feasible();
            }
        }
    }

    /** Stops taking plans, terminates running solves, and marks every open plan INTERRUPTED, within a few seconds. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.shutdownNow();
        if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
            LOG.warn("Plans still finishing after 2 s; marking them INTERRUPTED");
        }
        plans.interruptOpen("The service stopped while this plan was queued or solving; start it again with"
                + " POST /api/plans/{id}/restart.");
    }
}
