package com.ripreplace.covered;

import java.util.Set;

/**
 * The lookalike rule for descriptions: a covered maker named only as what the gear works with or replaces
 * ("compatible with Huawei", "for ZTE", "Huawei-compatible", "Huawei coded SFP", "replaces Huawei BBU") is a
 * third party's gear, not covered gear.
 */
final class CompatibilityPhrase {

    /** Words that, up to three words before a maker's name, make it the thing the gear is for. */
    private static final Set<String> BEFORE = Set.of(
            "compatible", "compat", "compatibility", "for", "fits", "fit", "replaces", "replace", "replacement",
            "replacing", "replaced", "swap", "swapped", "swapping", "interoperable", "interop", "works",
            "supports", "supporting", "formerly", "migrated", "migrating", "migration", "substitute", "instead");

    /** Words that, up to two words after a maker's name, make it the thing the gear is for. */
    private static final Set<String> AFTER = Set.of(
            "compatible", "compat", "compatibility", "coded", "equivalent", "equiv", "alternative", "clone",
            "style", "interoperable");

    private static final int WORDS_BEFORE = 3;
    private static final int WORDS_AFTER = 2;

    boolean hasAnyWord(NormalizedText text) {
        for (int i = 0; i < text.size(); i++) {
            if (BEFORE.contains(text.word(i)) || AFTER.contains(text.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from start (inclusive) to end (exclusive) are named only as what the gear is for. */
    boolean surrounds(NormalizedText text, int start, int end) {
        for (int i = Math.max(0, start - WORDS_BEFORE); i < start; i++) {
            if (BEFORE.contains(text.word(i))) {
                return true;
            }
        }
        for (int i = end; i < Math.min(text.size(), end + WORDS_AFTER); i++) {
            if (AFTER.contains(text.word(i))) {
                return true;
            }
        }
        return false;
    }
}
