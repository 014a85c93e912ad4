package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Submissions and their decisions. A submission is written once and never changed; a decision is added once
 * (the table's key refuses a second), so two administrators deciding at once cannot both win.
 */
@Singleton
public class SubmissionStore {

    /** A submission with its decision, if it has one, and the id of the submission that answers it, if any. */
    public record Reviewed(SubmissionRecord submission, Optional<SubmissionDecisionRecord> decision,
                           Optional<Long> answeredBy) {

        public String status() {
            return decision.map(SubmissionDecisionRecord::decision).orElse("SUBMITTED");
        }
    }

    private final Submissions submissions;
    private final Decisions decisions;
    private final Workbooks workbooks;

    SubmissionStore(Submissions submissions, Decisions decisions, Workbooks workbooks) {
        this.submissions = submissions;
        this.decisions = decisions;
        this.workbooks = workbooks;
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Submissions extends GenericRepository<SubmissionRecord, Long> {

        SubmissionRecord save(SubmissionRecord submission);

        Optional<SubmissionRecord> findById(Long id);

        Optional<SubmissionRecord> findByPlanId(Long planId);

        Optional<SubmissionRecord> findByAnswersId(Long answersId);

        boolean existsByInventoryId(Long inventoryId);

        @Query(value = "SELECT s.* FROM submission s LEFT JOIN submission_decision d ON d.submission_id = s.id"
                + " WHERE (CAST(:carrier AS VARCHAR) IS NULL OR s.carrier_frn = :carrier)"
                + " AND (CAST(:status AS VARCHAR) IS NULL OR COALESCE(d.decision, 'SUBMITTED') = :status)"
                + " ORDER BY s.id DESC",
                countQuery = "SELECT COUNT(*) FROM submission s LEFT JOIN submission_decision d"
                        + " ON d.submission_id = s.id WHERE (CAST(:carrier AS VARCHAR) IS NULL OR s.carrier_frn = :carrier)"
                        + " AND (CAST(:status AS VARCHAR) IS NULL OR COALESCE(d.decision, 'SUBMITTED') = :status)")
        Page<SubmissionRecord> find(@Nullable String carrier, @Nullable String status, Pageable pageable);

        @Query("SELECT s.* FROM submission s LEFT JOIN submission_decision d ON d.submission_id = s.id"
                + " LEFT JOIN submission a ON a.answers_id = s.id WHERE s.carrier_frn = :carrier"
                + " AND d.decision = 'RETURNED' AND a.id IS NULL ORDER BY s.id DESC")
        List<SubmissionRecord> unansweredReturned(String carrier);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Decisions extends GenericRepository<SubmissionDecisionRecord, Long> {

        SubmissionDecisionRecord save(SubmissionDecisionRecord decision);

        Optional<SubmissionDecisionRecord> findById(Long submissionId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Workbooks extends GenericRepository<SubmissionWorkbookRecord, Long> {

        SubmissionWorkbookRecord save(SubmissionWorkbookRecord workbook);

        Optional<SubmissionWorkbookRecord> findById(Long submissionId);
    }

    /** Stores a submission and its workbook together. */
    @Transactional
    public SubmissionRecord add(SubmissionRecord submission, byte[] workbook) {
        SubmissionRecord saved = submissions.save(submission);
        workbooks.save(new SubmissionWorkbookRecord(saved.id(), workbook));
        return saved;
    }

    @Transactional
    public SubmissionDecisionRecord decide(SubmissionDecisionRecord decision) {
        return decisions.save(decision);
    }

    @Transactional(readOnly = true)
    public Optional<Reviewed> find(long id) {
        return submissions.findById(id).map(this::reviewed);
    }

    @Transactional(readOnly = true)
    public Optional<SubmissionRecord> ofPlan(long planId) {
        return submissions.findByPlanId(planId);
    }

    @Transactional(readOnly = true)
    public boolean inventorySubmitted(long inventoryId) {
        return submissions.existsByInventoryId(inventoryId);
    }

    /** Newest first; of one carrier and one status when given. */
    @Transactional(readOnly = true)
    public Page<Reviewed> page(@Nullable String carrierFrn, @Nullable String status, int page, int size) {
        return submissions.find(carrierFrn, status, Pageable.from(page, size, Sort.UNSORTED)).map(this::reviewed);
    }

    /** The carrier's returned submissions no later submission answers yet, newest first. */
    @Transactional(readOnly = true)
    public List<SubmissionRecord> unansweredReturned(String carrierFrn) {
        return submissions.unansweredReturned(carrierFrn);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> workbook(long id) {
        return workbooks.findById(id).map(SubmissionWorkbookRecord::content);
    }

    private Reviewed reviewed(SubmissionRecord s) {
        return new Reviewed(s, decisions.findById(s.id()), submissions.findByAnswersId(s.id()).map(SubmissionRecord::id));
    }
}
