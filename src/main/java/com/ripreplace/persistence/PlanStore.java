package com.ripreplace.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The plans' states in the database, the one place they are kept. Every change of state is a conditional update
 * (from the states it may follow), so a cancel, a finishing solve and a stopping service never overwrite each other.
 */
@Singleton
public class PlanStore {

    /** The states of a plan; QUEUED and SOLVING are open, the others final until a plan is started again. */
    public enum Status { QUEUED, SOLVING, DONE, FAILED, CANCELLED, INTERRUPTED }

    private final Plans plans;
    private final Workbooks workbooks;

    PlanStore(Plans plans, Workbooks workbooks) {
        this.plans = plans;
        this.workbooks = workbooks;
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Plans extends PageableRepository<PlanRecord, Long> {

        Page<PlanRecord> findByCarrierFrn(String carrierFrn, Pageable pageable);

        Page<PlanRecord> findByCarrierFrnAndInventoryId(String carrierFrn, Long inventoryId, Pageable pageable);

        @Query("UPDATE plan_job SET status = 'SOLVING', started_at = :at WHERE id = :id AND status = 'QUEUED'")
        long start(long id, OffsetDateTime at);

        @Query("UPDATE plan_job SET stage = :stage, best_score = :score, feasible = :feasible WHERE id = :id"
                + " AND status = 'SOLVING'")
        long progress(long id, String stage, String score, boolean feasible);

        @Query("UPDATE plan_job SET status = 'DONE', finished_at = :at, best_score = :score, feasible = :feasible,"
                + " result = :result, message = NULL WHERE id = :id AND status = 'SOLVING'")
        long done(long id, OffsetDateTime at, String score, boolean feasible, String result);

        @Query("UPDATE plan_job SET status = 'FAILED', finished_at = :at, message = :message WHERE id = :id"
                + " AND status IN ('QUEUED', 'SOLVING')")
        long fail(long id, OffsetDateTime at, String message);

        @Query("UPDATE plan_job SET status = 'CANCELLED', finished_at = :at, message = :message WHERE id = :id"
                + " AND status IN ('QUEUED', 'SOLVING')")
        long cancel(long id, OffsetDateTime at, String message);

        @Query("UPDATE plan_job SET status = 'INTERRUPTED', finished_at = :at, message = :message"
                + " WHERE status IN ('QUEUED', 'SOLVING')")
        long interruptOpen(OffsetDateTime at, String message);

        @Query("UPDATE plan_job SET status = 'INTERRUPTED', finished_at = :at, message = :message WHERE id = :id"
                + " AND status IN ('QUEUED', 'SOLVING')")
        long interrupt(long id, OffsetDateTime at, String message);

        @Query("UPDATE plan_job SET status = 'QUEUED', started_at = NULL, finished_at = NULL, stage = NULL,"
                + " best_score = NULL,"
                + " feasible = NULL, result = NULL, message = NULL WHERE id = :id"
                + " AND status IN ('INTERRUPTED', 'FAILED', 'CANCELLED')")
        long requeue(long id);

        @Query("SELECT status FROM plan_job WHERE id = :id")
        Optional<String> findStatusById(long id);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Workbooks extends CrudRepository<PlanWorkbookRecord, Long> {
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Transactional
    public PlanRecord create(long inventoryId, String settingsJson, String carrierFrn, String createdBy) {
        return plans.save(new PlanRecord(null, inventoryId, Status.QUEUED.name(), settingsJson, now(), null, null,
                null, null, null, null, null, carrierFrn, createdBy));
    }

    /** Forgets a plan the queue could not take (it was never seen as queued by anyone but its creator). */
    @Transactional
    public void forget(long id) {
        plans.deleteById(id);
    }

    @Transactional(readOnly = true)
    public Optional<PlanRecord> find(long id) {
        return plans.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Status> status(long id) {
        return plans.findStatusById(id).map(Status::valueOf);
    }

    /** The carrier's plans newest first, of one inventory when {@code inventoryId} is given. */
    @Transactional(readOnly = true)
    public Page<PlanRecord> page(String carrierFrn, Long inventoryId, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("id")));
        return inventoryId == null ? plans.findByCarrierFrn(carrierFrn, pageable)
                : plans.findByCarrierFrnAndInventoryId(carrierFrn, inventoryId, pageable);
    }

    @Transactional
    public boolean start(long id) {
        return plans.start(id, now()) == 1;
    }

    @Transactional
    public void progress(long id, String stage, String bestScore, boolean feasible) {
        plans.progress(id, stage, bestScore, feasible);
    }

    /** Records a finished plan with its workbook, unless it was cancelled or interrupted meanwhile. */
    @Transactional
    public boolean done(long id, String bestScore, boolean feasible, String resultJson, byte[] workbook) {
        if (plans.done(id, now(), bestScore, feasible, resultJson) != 1) {
            return false;
        }
        workbooks.save(new PlanWorkbookRecord(id, workbook));
        return true;
    }

    @Transactional
    public void fail(long id, String message) {
        plans.fail(id, now(), message);
    }

    @Transactional
    public boolean cancel(long id) {
        return plans.cancel(id, now(), "Cancelled on request.") == 1;
    }

    /** Marks every queued or running plan INTERRUPTED: the service stopped (or had stopped) under it. */
    @Transactional
    public long interruptOpen(String message) {
        return plans.interruptOpen(now(), message);
    }

    @Transactional
    public void interrupt(long id, String message) {
        plans.interrupt(id, now(), message);
    }

    @Transactional
    public boolean requeue(long id) {
        return plans.requeue(id) == 1;
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> workbook(long id) {
        return workbooks.findById(id).map(PlanWorkbookRecord::content);
    }
}
