package com.ripreplace.covered;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Brands that changed hands count for a covered entity only while it owned them: Honor was Huawei's until
 * 16 November 2020; Lorex was Dahua's from 2018 until 24 November 2022. The purchase date stands in for the
 * date the gear was made. Names the catalog marks for review (former affiliates) always go to a person.
 */
final class OwnershipPeriodRule {

    /** The same words as the reimbursement rule's, so a line asks for its purchase date once. */
    static final String FILL_IN_PURCHASE_DATE = "find the invoice or delivery record and fill in the Purchase Date column";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    Verdict apply(Verdict verdict, LocalDate purchaseDate) {
        return apply(verdict, purchaseDate, purchaseDate == null ? null : purchaseDate.toString());
    }

    /** As {@link #apply(Verdict, LocalDate)}, writing the purchase date in the evidence as {@code dateText}. */
    Verdict apply(Verdict verdict, LocalDate purchaseDate, String dateText) {
        if (!verdict.covered() || verdict.decidingName().isEmpty()) {
            return verdict;
        }
        Mention.OfCoveredEntity mention = verdict.decidingName().get();
        EntityName name = mention.name();
        CoveredEntity entity = mention.entity();
        Verdict out = verdict;
        if (name.hasOwnershipWindow()) {
            String period = period(name);
            String owners = EvidenceSentence.possessive(entity.name());
            if (purchaseDate == null) {
                out = out.because(name.name() + " counts as " + owners + " only " + period
                                + ", and the purchase date is missing.")
                        .toSettle(FILL_IN_PURCHASE_DATE);
            } else if (name.coversDay(purchaseDate)) {
                out = out.because("Obtained " + dateText + ", while " + name.name() + " was " + owners
                        + " (" + period + ").");
            } else {
                out = out.ruledOut(Confidence.OUTSIDE_OWNERSHIP_PERIOD)
                        .because("Obtained " + dateText + ", outside the period " + name.name() + " was "
                                + owners + " (" + period + "): not covered on the name alone.");
            }
        }
        if (name.review().isPresent()) {
            out = out.because(name.review().get() + ".")
                    .toSettle("check the label, nameplate or FCC ID for the real maker");
        }
        return out;
    }

    private static String period(EntityName name) {
        if (name.from().isPresent() && name.until().isPresent()) {
            return "from " + DAY.format(name.from().get()) + " until " + DAY.format(name.until().get());
        }
        return name.from().map(f -> "from " + DAY.format(f)).orElseGet(() -> "until " + DAY.format(name.until().get()));
    }
}
