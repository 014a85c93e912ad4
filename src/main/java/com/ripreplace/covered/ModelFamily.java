package com.ripreplace.covered;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A family of model numbers that belongs to one covered entity, such as Huawei's RRU radios.
 *
 * @param entityCode the covered entity
 * @param family     the family's name as a person says it ("RRU remote radio unit")
 * @param category   the product category ("RAN", "microwave", ...)
 * @param strength   STRONG when the model number alone identifies the maker; WEAK when other makers use
 *                   similar numbers, so it counts only when the Vendor column is blank
 * @param pattern    matched at the start of a word of the upper-cased model text
 * @param examples   model numbers the pattern must match (checked when the catalog loads)
 */
public record ModelFamily(String entityCode, String family, String category, Strength strength, Pattern pattern,
                          List<String> examples) {

    /** How much a model number in this family says on its own. */
    public enum Strength { STRONG, WEAK }

    public ModelFamily {
        if (examples == null || examples.isEmpty()) {
            throw new IllegalArgumentException("model family '" + family + "' needs at least one example");
        }
        examples = List.copyOf(examples);
    }
}
