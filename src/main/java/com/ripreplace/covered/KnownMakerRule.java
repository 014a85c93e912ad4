package com.ripreplace.covered;

import java.util.Optional;

/**
 * The Vendor column names a maker known not to be on the Covered List (Ericsson, Nokia, Cisco ...): not
 * covered, unless the model number or MAC block says the box is a covered entity's, which a person settles.
 */
final class KnownMakerRule implements CoverageRule {

    private final NamedMakerSignals rest = new NamedMakerSignals(false);

    public Optional<Verdict> decide(LineReading line) {
        return line.vendor().firstKnownMaker().map(maker -> rest.weigh(line,
                "Vendor " + line.vendor().quoted() + alias(line.vendor(), maker.maker()) + " is not on the Covered List.",
                Confidence.KNOWN_MAKER_NOT_COVERED));
    }

    private static String alias(Field vendor, String maker) {
        return vendor.text().joined().equals(NormalizedText.of(maker).joined()) ? "" : " (" + maker + ")";
    }
}
