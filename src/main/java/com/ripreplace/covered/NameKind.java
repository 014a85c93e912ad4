package com.ripreplace.covered;

/**
 * How a name relates to a covered entity, and how far a Vendor column carrying it is trusted.
 * The confidences are the documented scale of docs/covered-catalog.md.
 */
public enum NameKind {
    LEGAL_NAME(0.99, "legal name"),
    BRAND(0.99, "brand"),
    NATIVE_NAME(0.99, "name in its own script"),
    FORMER_BRAND(0.95, "former brand"),
    SUBSIDIARY(0.95, "subsidiary"),
    AFFILIATE(0.90, "affiliate"),
    FORMER_AFFILIATE(0.90, "former affiliate");

    private final double confidence;
    private final String words;

    NameKind(double confidence, String words) {
        this.confidence = confidence;
        this.words = words;
    }

    public double confidence() {
        return confidence;
    }

    public String words() {
        return words;
    }
}
