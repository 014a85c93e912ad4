package com.ripreplace.covered;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The program's money rule (domain.md): only Huawei and ZTE gear obtained on or before 30 June 2020 is
 * reimbursed, at a carrier with 10 million customers or fewer (assumed). Other covered gear is replaced at the
 * carrier's cost. A covered Huawei or ZTE line with no purchase date is never assumed eligible: it goes to a
 * person. This rule also turns the verdict into the {@link Finding} a report shows.
 */
final class ReimbursementRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    private final ReimbursementProgram program;
    private final String cutoff;
    private final String eligibleNames;

    ReimbursementRule(ReimbursementProgram program, Map<String, CoveredEntity> entities) {
        this.program = program;
        this.cutoff = DAY.format(program.obtainedOnOrBefore());
        List<String> names = program.entityCodes().stream().map(code -> entities.get(code).name()).toList();
        this.eligibleNames = names.size() <= 1 ? String.join("", names)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + names.get(names.size() - 1);
    }

    Finding finish(Verdict verdict, LocalDate purchaseDate) {
        return finish(verdict, purchaseDate, purchaseDate == null ? null : purchaseDate.toString());
    }

    /** The last day gear may have been obtained and still be reimbursed. */
    LocalDate obtainedOnOrBefore() {
        return program.obtainedOnOrBefore();
    }

    /** As {@link #finish(Verdict, LocalDate)}, writing the purchase date in the reason as {@code dateText}. */
    Finding finish(Verdict verdict, LocalDate purchaseDate, String dateText) {
        boolean reimbursable = false;
        Verdict out = verdict;
        boolean byCategory = verdict.entity().isEmpty() && verdict.category().isPresent();
        if (verdict.covered() && !byCategory) {
            if (verdict.entity().isEmpty()) {
                out = out.because("No covered entity is named, so reimbursement cannot be decided.")
                        .toSettle("name the covered entity in the Override column, e.g. 'covered: Huawei'");
            } else {
                CoveredEntity entity = verdict.entity().get();
                if (!program.entityCodes().contains(entity.code())) {
                    out = out.because("Covered but not reimbursable: the program reimburses "
                            + (eligibleNames.isEmpty() ? "none of the covered gear in this catalog" : "only " + eligibleNames + " gear")
                            + ", so the carrier pays to replace this " + entity.name() + " item.");
                } else if (purchaseDate == null) {
                    out = out.because("Purchase date is missing: reimbursement needs proof the gear was obtained on or before "
                                    + cutoff + ".")
                            .toSettle(OwnershipPeriodRule.FILL_IN_PURCHASE_DATE);
                } else if (!purchaseDate.isAfter(program.obtainedOnOrBefore())) {
                    reimbursable = true;
                    out = out.because("Obtained " + dateText + ", on or before " + cutoff
                            + ": reimbursable (for a carrier with 10 million customers or fewer).");
                } else {
                    out = out.because("Obtained " + dateText + ", after " + cutoff + ": carrier-paid, because the program"
                            + " reimburses only " + eligibleNames + " gear obtained on or before " + cutoff + ".");
                }
            }
        }
        String category = out.category().map(CoveredCategory::code).orElse(null);
        String entity = out.entity().map(CoveredEntity::code).orElse(out.covered() ? category : null);
        return new Finding(out.covered(), entity, round(out.confidence()), out.needsReview(), reasonOf(out), reimbursable,
                out.overridden(), byCategory ? category : null, out.covered() && mustReplace(out, byCategory));
    }

    /**
     * The replacement rule of the list: covered entity gear is ripped out and replaced; gear of a category entry
     * only when its consequence requires it or an engineer decided to replace it.
     */
    private static boolean mustReplace(Verdict verdict, boolean byCategory) {
        return !byCategory || verdict.replace()
                || verdict.category().get().consequence().replacement() == CoveredCategory.Replacement.REQUIRED;
    }

    private static String reasonOf(Verdict verdict) {
        int length = 64;
        for (String sentence : verdict.evidence()) {
            length += sentence.length() + 1;
        }
        StringBuilder reason = new StringBuilder(length);
        for (String sentence : verdict.evidence()) {
            if (reason.length() > 0) {
                reason.append(' ');
            }
            reason.append(sentence);
        }
        if (verdict.needsReview()) {
            List<String> actions = verdict.toSettle().isEmpty()
                    ? List.of("check the nameplate and correct the inventory line") : verdict.toSettle();
            reason.append(" To settle this, ").append(String.join("; ", actions)).append('.');
        }
        return reason.toString();
    }

    private static double round(double confidence) {
        return Math.round(confidence * 100.0) / 100.0;
    }
}
