package com.ripreplace.covered;

import java.util.Optional;

/**
 * The Vendor column names a lookalike (H3C, Hisense, ZTT, Zhone, Hughes, Huber+Suhner, Baicells, FS.com ...)
 * or describes third-party gear "compatible with" a covered maker: not covered, and the reason says why the
 * name is not the covered one. A covered model number against it still goes to a person.
 */
final class LookalikeRule implements CoverageRule {

    private final NamedMakerSignals rest = new NamedMakerSignals(true);

    public Optional<Verdict> decide(LineReading line) {
        Optional<Mention.OfLookalike> lookalike = line.vendor().firstLookalike();
        if (lookalike.isPresent()) {
            Lookalike l = lookalike.get().lookalike();
            String sentence = "Vendor " + line.vendor().quoted() + " is not on the Covered List: " + l.why() + ".";
            return Optional.of(rest.weigh(line, sentence, Confidence.LOOKALIKE_NOT_COVERED));
        }
        Optional<Mention.OfCoveredEntity> compatible = line.vendor().firstCompatibilityPhrase();
        if (compatible.isPresent()) {
            CoveredEntity entity = compatible.get().entity();
            String sentence = "Vendor " + line.vendor().quoted() + " describes third-party gear made to work with "
                    + entity.name() + ", which is not covered equipment.";
            return Optional.of(rest.weigh(line, sentence, Confidence.COMPATIBLE_GEAR_NOT_COVERED));
        }
        return Optional.empty();
    }
}
