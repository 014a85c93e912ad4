package com.ripreplace.covered;

import java.util.Optional;

/**
 * What the rest of a line says when the Vendor column names a maker that is not covered (a known maker such as
 * Cisco, or a lookalike such as H3C): a covered model number or MAC block against it is a conflict a person
 * must settle; a covered name in the description is a question; "compatible with Huawei" is just that.
 */
final class NamedMakerSignals {

    private final boolean makerIsLookalike;

    NamedMakerSignals(boolean makerIsLookalike) {
        this.makerIsLookalike = makerIsLookalike;
    }

    Verdict weigh(LineReading line, String vendorSentence, double notCoveredConfidence) {
        Optional<Verdict> byModel = coveredModel(line, vendorSentence);
        if (byModel.isPresent()) {
            return byModel.get();
        }
        if (line.mac().isPresent()) {
            MacPrefixIndex.Match mac = line.mac().get();
            String sentence = "But " + EvidenceSentence.mac(mac) + ".";
            String action = "check the MAC on the device label and the nameplate: if " + mac.entity().name()
                    + " made it, correct the Vendor column";
            if (makerIsLookalike) {
                return Verdict.notCovered(Confidence.CONFLICT).hinting(mac.entity()).because(vendorSentence)
                        .because(sentence).toSettle(action);
            }
            return Verdict.covered(mac.entity(), Confidence.CONFLICT_MAC_AGAINST_KNOWN_MAKER).because(vendorSentence)
                    .because(sentence).toSettle(action);
        }
        Optional<Mention.OfCoveredEntity> named = line.description().bestCoveredName();
        if (named.isPresent()) {
            CoveredEntity entity = named.get().entity();
            return Verdict.notCovered(Confidence.CONFLICT).hinting(entity).because(vendorSentence)
                    .because("But the description names " + entity.name() + " (" + named.get().asWritten() + ").")
                    .toSettle("check whether this line is " + entity.name() + " gear and correct the Vendor column if it is");
        }
        if (!line.descriptionFamilies().isEmpty()) {
            ModelFamilyIndex.Match match = line.descriptionFamilies().get(0);
            return Verdict.notCovered(Confidence.CONFLICT).hinting(match.entity()).because(vendorSentence)
                    .because("But " + lowerFirst(EvidenceSentence.family(line.description(), match)) + ".")
                    .toSettle("check whether this line is " + match.entity().name() + " gear and correct the Vendor and Model columns if it is");
        }
        Verdict verdict = Verdict.notCovered(notCoveredConfidence).because(vendorSentence);
        Optional<Mention.OfCoveredEntity> compatible = line.description().firstCompatibilityPhrase()
                .or(() -> line.model().firstCompatibilityPhrase());
        if (compatible.isPresent()) {
            verdict = verdict.hinting(compatible.get().entity()).because("The description names "
                    + compatible.get().entity().name() + " only as what this gear works with or replaces.");
        }
        return verdict;
    }

    private Optional<Verdict> coveredModel(LineReading line, String vendorSentence) {
        Optional<Mention.OfCoveredEntity> nameInModel = line.model().bestCoveredName();
        if (nameInModel.isPresent()) {
            CoveredEntity entity = nameInModel.get().entity();
            return Optional.of(Verdict.covered(entity, Confidence.CONFLICT_MODEL_AGAINST_KNOWN_MAKER)
                    .because(vendorSentence)
                    .because("But model " + line.model().quoted() + " names " + entity.name() + ".")
                    .toSettle(settleModelConflict(entity)));
        }
        for (ModelFamilyIndex.Match match : line.modelFamilies()) {
            if (match.family().strength() == ModelFamily.Strength.STRONG) {
                Verdict verdict = Verdict.covered(match.entity(), Confidence.CONFLICT_MODEL_AGAINST_KNOWN_MAKER)
                        .because(vendorSentence)
                        .because("But " + lowerFirst(EvidenceSentence.family(line.model(), match)) + ".")
                        .toSettle(settleModelConflict(match.entity()));
                if (line.mac().isPresent() && line.mac().get().entity().code().equals(match.entity().code())) {
                    verdict = verdict.because(EvidenceSentence.mac(line.mac().get()) + ", which agrees with the model.");
                }
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }

    private static String settleModelConflict(CoveredEntity entity) {
        return "check the nameplate: if it is " + entity.name() + " gear, correct the Vendor column; if not, correct the Model column";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
