package com.ripreplace.covered;

import java.time.LocalDate;

/**
 * What a category entry's listing means for one line, by its purchase date. The list covers the category for new
 * authorisations: a model authorised on or before the listing day may stay in service, so a line obtained on or
 * before that day (its model was authorised by then) is not covered, and says so. A line obtained later, or with
 * no date, may be of a model authorised after the listing: covered, and a person checks the FCC ID's grant date.
 * Either way the listing's consequence is spelled out: never reimbursable, and replaced only when the catalog
 * says so or an engineer decides it.
 */
final class CategoryListingRule {

    static final String CHECK_THE_FCC_ID = "look up the FCC ID on its label in the FCC's equipment authorisation"
            + " records: a grant on or before %s means the model may stay in service; a later grant means it is a new"
            + " model under the listing";

    Verdict apply(Verdict verdict, LocalDate purchaseDate, String dateText) {
        if (verdict.category().isEmpty() || verdict.entity().isPresent()) {
            return verdict;
        }
        CoveredCategory category = verdict.category().get();
        String day = category.listingDay();
        Verdict out = verdict;
        if (purchaseDate != null && !purchaseDate.isAfter(category.addedToList())) {
            String sentence = "Obtained " + dateText + ", on or before " + day + ", so its model was authorised before the"
                    + " listing: " + category.consequence().existingModels() + ".";
            out = out.overridden() ? out.because(sentence) : out.ruledOut(out.confidence()).settled().because(sentence);
        } else if (!out.overridden()) {
            out = out.because(purchaseDate == null
                            ? "The purchase date is missing, so whether its model was authorised on or before " + day
                            + " is not known."
                            : "Obtained " + dateText + ", after " + day + ", so its model may have been authorised after"
                            + " the listing.")
                    .toSettle(String.format(CHECK_THE_FCC_ID, day));
        }
        out = out.because("New models: " + category.consequence().newModels() + ".");
        out = out.because("Not reimbursable by the rip-and-replace programme" + (out.replace()
                ? "; an engineer decided to replace it, at the carrier's cost."
                : category.consequence().replacement() == CoveredCategory.Replacement.REQUIRED
                ? "; replaced at the carrier's cost."
                : ", and not planned for replacement unless an engineer's override says 'replace'."));
        return out;
    }
}
