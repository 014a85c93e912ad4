package com.ripreplace.service;

import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
import com.ripreplace.persistence.FileRecord;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.PlanRecord;
import com.ripreplace.persistence.PlanStore;
import com.ripreplace.persistence.SubmissionDecisionRecord;
import com.ripreplace.persistence.SubmissionRecord;
import com.ripreplace.persistence.SubmissionStore;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The review of what carriers submit. Finance submits a finished plan: its settings, result, workbook and the
 * inventory's SHA-256 are copied as they are, so nothing done later changes what was reviewed. A grant
 * administrator approves it or returns it with a comment; a returned submission is answered by a new one that
 * links to it.
 */
@Singleton
public class Submissions {

    /** The decisions an administrator can take. */
    public enum Decision { APPROVED, RETURNED }

    public static final int MAX_TEXT = 4000;

    private final SubmissionStore store;
    private final PlanStore plans;
    private final InventoryStore inventories;
    private final CarrierScope scope;
    private final Audit audit;

    Submissions(SubmissionStore store, PlanStore plans, InventoryStore inventories, CarrierScope scope, Audit audit) {
        this.store = store;
        this.plans = plans;
        this.inventories = inventories;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * Submits a finished plan of the viewer's carrier. {@code answers} names the returned submission it answers;
     * without it, it answers the carrier's latest returned submission that has no answer yet, if there is one.
     */
    public SubmissionRecord submit(Viewer viewer, long planId, String note, Long answers, String address) {
        PlanRecord plan = scope.plan(viewer, planId);
        if (!PlanStore.Status.DONE.name().equals(plan.status())) {
            throw new ConflictException("Plan " + planId + " is " + plan.status() + "; only a DONE plan can be submitted.");
        }
        store.ofPlan(planId).ifPresent(s -> {
            throw new ConflictException("Plan " + planId + " was already submitted as submission " + s.id() + ".");
        });
        checkText("note", note);
        Long answered = answered(viewer, answers);
        byte[] workbook = plans.workbook(planId).orElseThrow(() -> new ConflictException(
                "Plan " + planId + " has no workbook yet; submit it once it is DONE."));
        var inventory = inventories.find(plan.inventoryId()).orElseThrow(() -> NotFoundException.inventory(plan.inventoryId()));
        SubmissionRecord saved;
        try {
            saved = store.add(new SubmissionRecord(null, viewer.carrierFrn(), inventory.inventory().carrierName(),
                    planId, plan.inventoryId(), answered, viewer.username(), now(), blankToNull(note), plan.settings(),
                    plan.result(), inventorySha256(inventory.files()), sha256(workbook)), workbook);
        } catch (DataAccessException e) {
            // the table's unique keys: the plan or the returned submission was taken by a submission made meanwhile
            throw new ConflictException("Plan " + planId + " or the submission it answers was submitted meanwhile;"
                    + " reload the submissions.");
        }
        audit.record(viewer, viewer.carrierFrn(), AuditAction.SUBMISSION, "submission " + saved.id(),
                "plan " + planId + " of inventory " + plan.inventoryId()
                        + (answered == null ? "" : ", answering returned submission " + answered), address);
        return saved;
    }

    /** An administrator's decision; a submission is decided once (409 after), and returning it needs a comment. */
    public SubmissionStore.Reviewed decide(Viewer viewer, long id, String decision, String comment, String address) {
        SubmissionStore.Reviewed reviewed = find(viewer, id);
        Decision taken = parse(decision);
        checkText("comment", comment);
        if (taken == Decision.RETURNED && (comment == null || comment.isBlank())) {
            throw new InvalidSettingsException("Say why the submission is returned: give a comment.");
        }
        if (reviewed.decision().isPresent()) {
            throw new ConflictException("Submission " + id + " was already " + reviewed.status() + " by "
                    + reviewed.decision().get().decidedBy() + ".");
        }
        try {
            store.decide(new SubmissionDecisionRecord(id, taken.name(), blankToNull(comment), viewer.username(), now()));
        } catch (DataAccessException e) {
            throw new ConflictException("Submission " + id + " was decided meanwhile by someone else; reload it.");
        }
        audit.record(viewer, reviewed.submission().carrierFrn(), AuditAction.DECISION, "submission " + id,
                taken + (comment == null || comment.isBlank() ? "" : ": " + comment), address);
        return store.find(id).orElseThrow();
    }

    /** A submission the viewer may see (their carrier's, or any for an administrator); 404 otherwise. */
    public SubmissionStore.Reviewed find(Viewer viewer, long id) {
        return store.find(id).filter(r -> viewer.isAdministrator() || viewer.sees(r.submission().carrierFrn()))
                .orElseThrow(() -> new NotFoundException("No submission has id " + id + "."));
    }

    public byte[] workbook(Viewer viewer, long id) {
        find(viewer, id);
        return store.workbook(id).orElseThrow(() -> new NotFoundException("No submission has id " + id + "."));
    }

    /**
     * Newest first. An administrator sees every carrier's (or one carrier's with {@code carrier}); others their own
     * carrier's only, whatever {@code carrier} says.
     */
    public Page<SubmissionStore.Reviewed> page(Viewer viewer, String carrier, String status, int page, int size) {
        String statusName = null;
        if (status != null && !status.isBlank()) {
            statusName = status.trim().toUpperCase(Locale.ROOT);
            if (!List.of("SUBMITTED", "RETURNED", "APPROVED").contains(statusName)) {
                throw new InvalidSettingsException("status must be SUBMITTED, RETURNED or APPROVED; got \"" + status + "\".");
            }
        }
        String carrierFrn = viewer.isAdministrator() ? blankToNull(carrier) : viewer.carrierFrn();
        return store.page(carrierFrn, statusName, page, size);
    }

    private Long answered(Viewer viewer, Long answers) {
        if (answers == null) {
            return store.unansweredReturned(viewer.carrierFrn()).stream().findFirst().map(SubmissionRecord::id).orElse(null);
        }
        SubmissionStore.Reviewed returned = find(viewer, answers);
        if (!"RETURNED".equals(returned.status())) {
            throw new ConflictException("Submission " + answers + " is " + returned.status()
                    + "; only a returned submission can be answered.");
        }
        if (returned.answeredBy().isPresent()) {
            throw new ConflictException("Submission " + answers + " was already answered by submission "
                    + returned.answeredBy().get() + ".");
        }
        return answers;
    }

    private static Decision parse(String decision) {
        if (decision != null) {
            for (Decision d : Decision.values()) {
                if (d.name().equalsIgnoreCase(decision.trim())) {
                    return d;
                }
            }
        }
        throw new InvalidSettingsException("decision must be APPROVED or RETURNED; got "
                + (decision == null ? "nothing" : "\"" + decision + "\"") + ".");
    }

    private static void checkText(String name, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidSettingsException("The " + name + " has " + text.length() + " characters; at most "
                    + MAX_TEXT + " are kept.");
        }
    }

    /** One file: its SHA-256. Several: the SHA-256 of their SHA-256s, one per line in upload order. */
    static String inventorySha256(List<FileRecord> files) {
        if (files.size() == 1) {
            return files.get(0).sha256();
        }
        StringBuilder lines = new StringBuilder();
        files.forEach(f -> lines.append(f.sha256()).append('\n'));
        return sha256(lines.toString().getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
