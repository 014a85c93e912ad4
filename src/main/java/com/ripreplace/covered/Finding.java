package com.ripreplace.covered;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The verdict for one inventory line.
 *
 * <p>Lines of one kind share their reason but for the purchase date and MAC address written into it, so a
 * finding the matcher remembered keeps the shared pattern and the line's own date and MAC, and writes its
 * reason when asked: a 100,000-line inventory holds each kind's sentence once, not a 300-character copy per
 * line. Two findings are equal when every accessor answers the same.
 */
public final class Finding {

    private final boolean covered;
    private final String entity;
    private final double confidence;
    private final boolean needsReview;
    private final boolean reimbursable;
    private final boolean overridden;
    private final String coveredCategory;
    private final boolean mustReplace;
    /** The reason as given, or null when it is written from {@link #pattern} with {@link #date} and {@link #mac}. */
    private final String reason;
    private final ReasonPattern pattern;
    private final LocalDate date;
    private final String mac;

    /**
     * @param covered      whether the line is gear (or a service) on the FCC Covered List
     * @param entity       the catalog code of the covered entity ("HUAWEI", "ZTE", ...) or null when not covered
     * @param confidence   how sure the matcher is of this verdict (covered or not), 0..1
     * @param needsReview  a person should look: signals conflict, evidence is thin, or a fact (such as the purchase
     *                     date) is missing; the reason then says what would settle it
     * @param reason       the evidence in words a field engineer can act on
     * @param reimbursable whether the program reimburses replacing it (Huawei/ZTE obtained on or before 30 June 2020)
     * @param overridden   whether an engineer's override decided the verdict
     */
    public Finding(boolean covered, String entity, double confidence, boolean needsReview, String reason,
                   boolean reimbursable, boolean overridden) {
        this(covered, entity, confidence, needsReview, reason, reimbursable, overridden, null, covered);
    }

    /**
     * As the seven-argument constructor, for a line a category entry of the list speaks to.
     *
     * @param coveredCategory the category entry the line falls in ("FOREIGN_CONSUMER_ROUTER"), covered or not
     *                        (a model authorised before the listing may stay in service), or null
     * @param mustReplace     the line is gear to rip out and replace: covered entity gear, or category gear an
     *                        engineer decided to replace; never a line that is not covered
     */
    public Finding(boolean covered, String entity, double confidence, boolean needsReview, String reason,
                   boolean reimbursable, boolean overridden, String coveredCategory, boolean mustReplace) {
        if (Double.isNaN(confidence) || confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a finding needs a reason");
        }
        if (!covered && entity != null) {
            throw new IllegalArgumentException("a line that is not covered has no covered entity, found " + entity);
        }
        if (reimbursable && !covered) {
            throw new IllegalArgumentException("only covered gear can be reimbursable");
        }
        if (mustReplace && !covered) {
            throw new IllegalArgumentException("only covered gear can be marked for replacement");
        }
        this.covered = covered;
        this.entity = entity;
        this.confidence = confidence;
        this.needsReview = needsReview;
        this.reason = reason;
        this.reimbursable = reimbursable;
        this.overridden = overridden;
        this.coveredCategory = coveredCategory;
        this.mustReplace = mustReplace;
        this.pattern = null;
        this.date = null;
        this.mac = null;
    }

    /** The finding {@code shared} stands for, with this line's purchase date and MAC written into its reason. */
    Finding(Finding shared, ReasonPattern pattern, LocalDate date, String mac) {
        this.covered = shared.covered;
        this.entity = shared.entity;
        this.confidence = shared.confidence;
        this.needsReview = shared.needsReview;
        this.reimbursable = shared.reimbursable;
        this.overridden = shared.overridden;
        this.coveredCategory = shared.coveredCategory;
        this.mustReplace = shared.mustReplace;
        this.reason = null;
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.date = date;
        this.mac = mac;
    }

    public boolean covered() {
        return covered;
    }

    public String entity() {
        return entity;
    }

    public double confidence() {
        return confidence;
    }

    public boolean needsReview() {
        return needsReview;
    }

    /** The evidence in words a field engineer can act on. */
    public String reason() {
        return reason != null ? reason : pattern.write(date, mac);
    }

    public boolean reimbursable() {
        return reimbursable;
    }

    public boolean overridden() {
        return overridden;
    }

    /**
     * The category entry of the list the line falls in ("FOREIGN_CONSUMER_ROUTER"), or null: set whether the line is
     * covered (a model authorised after the listing, or not known to be earlier) or not (authorised before it).
     */
    public String coveredCategory() {
        return coveredCategory;
    }

    /**
     * Whether the line is gear to rip out and replace: covered entity gear (Huawei, ZTE ...), or gear of a category
     * entry an engineer's override decided to replace. Covered category gear alone is not.
     */
    public boolean mustReplace() {
        return mustReplace;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && covered == that.covered && Objects.equals(entity, that.entity)
                && Double.compare(confidence, that.confidence) == 0 && needsReview == that.needsReview
                && reimbursable == that.reimbursable && overridden == that.overridden && reason().equals(that.reason())
                && Objects.equals(coveredCategory, that.coveredCategory) && mustReplace == that.mustReplace;
    }

    @Override
    public int hashCode() {
        return Objects.hash(covered, entity, confidence, needsReview, reason(), reimbursable, overridden, coveredCategory,
                mustReplace);
    }

    @Override
    public String toString() {
        return "Finding[covered=" + covered + ", entity=" + entity + ", confidence=" + confidence + ", needsReview="
                + needsReview + ", reason=" + reason() + ", reimbursable=" + reimbursable + ", overridden="
                + overridden + (coveredCategory == null ? "" : ", coveredCategory=" + coveredCategory)
                + ", mustReplace=" + mustReplace + "]";
    }
}
