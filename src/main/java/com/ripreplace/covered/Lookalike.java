package com.ripreplace.covered;

/**
 * A name that looks like a covered entity but is not on the Covered List (H3C, Hisense, ZTT, ...).
 *
 * @param name      the name as written
 * @param resembles the code of the covered entity it is confused with
 * @param why       why it is not covered, in words for the reason
 */
public record Lookalike(String name, String resembles, String why) {

    public Lookalike {
        if (name == null || name.isBlank() || why == null || why.isBlank()) {
            throw new IllegalArgumentException("a lookalike needs a name and a reason why it is not covered");
        }
    }
}
