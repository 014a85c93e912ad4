package com.ripreplace.covered;

/**
 * The confidence scale (documented in docs/covered-catalog.md). Names carry their own confidence by
 * {@link NameKind}; these are the other steps of the scale. Confidence is in the verdict given, covered or not.
 */
final class Confidence {

    /** A small misspelling of a covered name (Hauwei, Hikvison). */
    static final double MISSPELLED_NAME = 0.85;
    /** A covered name found in the model or description rather than the Vendor column: name's confidence minus this. */
    static final double NAME_OUTSIDE_VENDOR_COLUMN_PENALTY = 0.05;
    /** A distinctive model family, no maker named. */
    static final double STRONG_MODEL_FAMILY_ONLY = 0.80;
    /** A distinctive model family found in the description only. */
    static final double STRONG_MODEL_FAMILY_IN_DESCRIPTION = 0.75;
    /** A model family other makers also use, vendor blank. */
    static final double WEAK_MODEL_FAMILY_ONLY = 0.65;
    /** A MAC in a covered entity's block, nothing else. */
    static final double MAC_ONLY = 0.70;
    /** A MAC in a former affiliate's block (Lorex). */
    static final double MAC_OF_FORMER_AFFILIATE = 0.60;
    /** The signals disagree and a person has to decide. */
    static final double CONFLICT = 0.60;
    /** A known non-covered maker in the Vendor column with a covered model number. */
    static final double CONFLICT_MODEL_AGAINST_KNOWN_MAKER = 0.55;
    /** A known non-covered maker in the Vendor column with a covered MAC block. */
    static final double CONFLICT_MAC_AGAINST_KNOWN_MAKER = 0.50;
    /** No two agreeing signals make more than this. */
    static final double CEILING = 0.99;

    /** Not covered: a maker known not to be on the list, nothing against it. */
    static final double KNOWN_MAKER_NOT_COVERED = 0.95;
    /** Not covered: a known lookalike (H3C, Hisense ...). */
    static final double LOOKALIKE_NOT_COVERED = 0.95;
    /** Not covered: third-party gear described as compatible with a covered maker's. */
    static final double COMPATIBLE_GEAR_NOT_COVERED = 0.90;
    /** Not covered: an unfamiliar maker and nothing pointing to a covered entity. */
    static final double UNFAMILIAR_MAKER_NOT_COVERED = 0.85;
    /** Not covered: a brand outside the period it belonged to a covered entity. */
    static final double OUTSIDE_OWNERSHIP_PERIOD = 0.85;
    /** Not covered: the Vendor column is blank and nothing points to a covered entity. */
    static final double NOTHING_TO_GO_ON = 0.50;

    private Confidence() {
    }

    /** Two independent signals that agree: 1 - (1 - a)(1 - b), never above the ceiling. */
    static double corroborated(double a, double b) {
        return Math.min(CEILING, 1.0 - (1.0 - a) * (1.0 - b));
    }
}
