package com.ripreplace.covered;

/**
 * The verdict for one inventory line.
 *
 * @param covered      whether the line is gear (or a service) on the FCC Covered List
 * @param entity       the catalog code of the covered entity ("HUAWEI", "ZTE", ...) or null when not covered
 * @param confidence   how sure the matcher is of this verdict (covered or not), 0..1
 * @param needsReview  a person should look: signals conflict, evidence is thin, or a fact (such as the purchase
 *                     date) is missing; the reason then says what would settle it
 * @param reason       the evidence in words a field engineer can act on
 * @param reimbursable whether the program reimburses replacing it (Huawei/ZTE obtained on or before 30 June 2020)
 * @param overridden   whether an engineer's override decided the verdict
 */
public record Finding(boolean covered, String entity, double confidence, boolean needsReview, String reason,
                      boolean reimbursable, boolean overridden) {

    public Finding {
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
    }
}
