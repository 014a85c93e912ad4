package com.ripreplace.covered;

/** A name found in one field of a line. start/end are word positions in the field's normalized text. */
sealed interface Mention permits Mention.OfCoveredEntity, Mention.OfLookalike, Mention.OfKnownMaker {

    int start();

    int end();

    /**
     * A covered entity's name.
     *
     * @param misspelled          read as a small misspelling of the name
     * @param compatibilityPhrase the text names the entity only as what the gear works with or replaces
     *                            ("compatible with Huawei", "for ZTE", "Huawei-coded")
     */
    record OfCoveredEntity(CoveredEntity entity, EntityName name, String asWritten, boolean misspelled,
                           boolean compatibilityPhrase, int start, int end) implements Mention {

        OfCoveredEntity asCompatibilityPhrase() {
            return new OfCoveredEntity(entity, name, asWritten, misspelled, true, start, end);
        }

        double confidence() {
            return misspelled ? Math.min(name.kind().confidence(), Confidence.MISSPELLED_NAME) : name.kind().confidence();
        }
    }

    /** A name that looks like a covered entity but is not one. */
    record OfLookalike(Lookalike lookalike, int start, int end) implements Mention {
    }

    /** A maker known not to be on the Covered List. */
    record OfKnownMaker(String maker, int start, int end) implements Mention {
    }
}
