package com.ripreplace.covered;

import java.util.List;
import java.util.Optional;

/**
 * One cell of a line as the rules see it: what was written, its words, and the names found in it.
 *
 * @param label    the column as a person calls it ("Vendor")
 * @param raw      the cell as written (never null; "" when blank)
 * @param text     its normalized words
 * @param mentions the names found in it, left to right
 */
record Field(String label, String raw, NormalizedText text, List<Mention> mentions) {

    private static final int LONGEST_QUOTE = 60;

    boolean isBlank() {
        return text.isEmpty();
    }

    /** The cell in quotes as reasons show it: "'Hauwei Tech'". */
    String quoted() {
        StringBuilder shown = new StringBuilder(Math.min(raw.length(), LONGEST_QUOTE + 3));
        boolean space = false;
        for (int i = 0; i < raw.length() && shown.length() <= LONGEST_QUOTE; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = shown.length() > 0;
            } else {
                if (space) {
                    shown.append(' ');
                    space = false;
                }
                shown.append(c);
            }
        }
        return "'" + (shown.length() <= LONGEST_QUOTE ? shown : shown.substring(0, LONGEST_QUOTE) + "...") + "'";
    }

    /** The most trusted covered name used as the maker's name (not in a "compatible with" phrase). */
    Optional<Mention.OfCoveredEntity> bestCoveredName() {
        Mention.OfCoveredEntity best = null;
        for (Mention m : mentions) {
            if (m instanceof Mention.OfCoveredEntity c && !c.compatibilityPhrase()
                    && (best == null || c.confidence() > best.confidence())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<Mention.OfCoveredEntity> firstCompatibilityPhrase() {
        for (Mention m : mentions) {
            if (m instanceof Mention.OfCoveredEntity c && c.compatibilityPhrase()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    Optional<Mention.OfLookalike> firstLookalike() {
        for (Mention m : mentions) {
            if (m instanceof Mention.OfLookalike l) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    Optional<Mention.OfKnownMaker> firstKnownMaker() {
        for (Mention m : mentions) {
            if (m instanceof Mention.OfKnownMaker k) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
