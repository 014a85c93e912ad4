package com.ripreplace.covered;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A category entry of the FCC Covered List: a kind of equipment named by what it is and where it is produced,
 * not by who makes it (the foreign-produced consumer-grade routers of March 2026). An entity entry says "all of
 * this company's gear"; a category entry says "gear of this kind, produced abroad, authorised after this day",
 * and what the listing means for gear already in service. It is data (the {@code categories} of the catalog
 * YAML): its product kinds, the words that put a line outside it, the makers whose production is known, and
 * the model families that identify its products.
 *
 * @param code          stable code used in reports ("FOREIGN_CONSUMER_ROUTER"); shown as the entity of covered lines
 * @param name          what a person calls it ("foreign-produced consumer-grade router")
 * @param listedAs      what the Covered List names
 * @param addedToList   the day the FCC added it; models authorised on or before it are treated as the listing says
 * @param sourceIds     the catalog sources that record the listing and its scope
 * @param scope         the scope in words (what is in, what is out)
 * @param consequence   what the listing means for a carrier's gear
 * @param kinds         the product kinds in the category and the words that name them
 * @param outOfScope    words that put a line outside the category (carrier-grade, enterprise ...)
 * @param makers        makers whose products of these kinds show up in inventories, with what is known of where
 *                      they are produced
 * @param modelFamilies model-number families of such products
 */
public record CoveredCategory(String code, String name, String listedAs, LocalDate addedToList, List<String> sourceIds,
                              String scope, Consequence consequence, List<ProductKind> kinds, List<String> outOfScope,
                              List<Maker> makers, List<Family> modelFamilies) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    public CoveredCategory {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("category code must be upper-case letters, digits and _, was '" + code + "'");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("category " + code + " needs at least one product kind");
        }
        sourceIds = List.copyOf(sourceIds);
        kinds = List.copyOf(kinds);
        outOfScope = List.copyOf(outOfScope);
        makers = List.copyOf(makers);
        modelFamilies = List.copyOf(modelFamilies);
    }

    /** "23 March 2026". */
    String listingDay() {
        return DAY.format(addedToList);
    }

    /**
     * What the listing means for gear of the category.
     *
     * @param newModels        what the listing does to models authorised after it ("need the FCC's conditional approval")
     * @param existingModels   what it means for models authorised on or before the listing day
     * @param reimbursable     whether the rip-and-replace programme pays to replace such gear (never, so far)
     * @param replacement      whether a plan replaces such gear of its own accord or only on an engineer's decision
     */
    public record Consequence(String newModels, String existingModels, boolean reimbursable, Replacement replacement) {
    }

    /** Whether the plan replaces gear of the category. */
    public enum Replacement {
        /** Only when an engineer's override says "replace". */
        ENGINEER_DECIDES,
        /** Like entity gear: every covered line is replaced. */
        REQUIRED
    }

    /**
     * A product kind of the category and the words that name it.
     *
     * @param kind      as a person says it ("mobile hotspot")
     * @param words     words or phrases that name the kind wherever they appear (Category, Model, Description)
     * @param makerOnly words that name the kind only on a line whose Vendor is one of the category's consumer makers
     *                  ("router", "CPE" also name carrier and enterprise gear)
     */
    public record ProductKind(String kind, List<String> words, List<String> makerOnly) {

        public ProductKind {
            words = List.copyOf(words);
            makerOnly = List.copyOf(makerOnly);
        }
    }

    /** What is known of where a maker's products of the category are produced. */
    public enum Production {
        /** Designed, manufactured or assembled abroad: known, so the line needs no label check on this point. */
        FOREIGN,
        /** Generally assembled abroad, but the label's country of origin decides. */
        CHECK_LABEL
    }

    /**
     * A maker of the category's products.
     *
     * @param name         the maker's name as the Vendor column writes it
     * @param aliases      other spellings
     * @param production   what is known of where its products are produced
     * @param consumerOnly its products of these kinds are all consumer-grade, so the maker-only words count for it
     * @param note         why (shown in reasons)
     */
    public record Maker(String name, List<String> aliases, Production production, boolean consumerOnly, String note) {

        public Maker {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A model-number family of the category's products.
     *
     * @param maker    the maker's name (one of the category's makers)
     * @param family   the family's name ("Archer Wi-Fi router")
     * @param kind     the product kind (one of the category's kinds)
     * @param pattern  matched at the start of a word of the upper-cased model text
     * @param examples model numbers the pattern must match (checked when the catalog loads)
     */
    public record Family(String maker, String family, String kind, Pattern pattern, List<String> examples) {

        public Family {
            if (examples == null || examples.isEmpty()) {
                throw new IllegalArgumentException("model family '" + family + "' needs at least one example");
            }
            examples = List.copyOf(examples);
        }
    }
}
