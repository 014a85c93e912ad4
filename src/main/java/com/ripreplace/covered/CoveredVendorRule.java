package com.ripreplace.covered;

import java.util.Optional;

/**
 * The Vendor column names a covered entity (its legal name, a brand, a subsidiary, the name in Chinese, or a
 * small misspelling of one): covered. The model, MAC and description then either corroborate it (confidence
 * rises) or contradict it (a person checks the nameplate).
 */
final class CoveredVendorRule implements CoverageRule {

    public Optional<Verdict> decide(LineReading line) {
        Optional<Mention.OfCoveredEntity> named = line.vendor().bestCoveredName();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Mention.OfCoveredEntity name = named.get();
        CoveredEntity entity = name.entity();
        Verdict verdict = Verdict.covered(entity, name.confidence()).decidedBy(name)
                .because(EvidenceSentence.coveredName(line.vendor(), name));
        if (name.misspelled()) {
            verdict = verdict.because("Correct the Vendor column to '" + name.name().name() + "'.");
        }
        verdict = weighModel(line, entity, verdict);
        verdict = weighMac(line, entity, verdict);
        verdict = weighOtherMakersInVendor(line, verdict);
        verdict = weighCompatibleWording(line, entity, verdict);
        return Optional.of(verdict);
    }

    private static Verdict weighModel(LineReading line, CoveredEntity entity, Verdict verdict) {
        for (ModelFamilyIndex.Match match : line.modelFamilies()) {
            if (match.entity().code().equals(entity.code())) {
                double weight = match.family().strength() == ModelFamily.Strength.STRONG
                        ? Confidence.STRONG_MODEL_FAMILY_ONLY : Confidence.WEAK_MODEL_FAMILY_ONLY;
                verdict = verdict.withConfidence(Confidence.corroborated(verdict.confidence(), weight))
                        .because(EvidenceSentence.family(line.model(), match) + ".");
            } else if (match.family().strength() == ModelFamily.Strength.STRONG) {
                verdict = conflict(verdict, "But " + lowerFirst(EvidenceSentence.family(line.model(), match))
                        + ", not " + entity.name() + ".", "check the nameplate and correct the Vendor or Model column");
            }
        }
        return verdict;
    }

    private static Verdict weighMac(LineReading line, CoveredEntity entity, Verdict verdict) {
        if (line.mac().isEmpty()) {
            return verdict;
        }
        MacPrefixIndex.Match mac = line.mac().get();
        if (mac.entity().code().equals(entity.code())) {
            return verdict.withConfidence(Confidence.corroborated(verdict.confidence(), Confidence.MAC_ONLY))
                    .because(EvidenceSentence.mac(mac) + ".");
        }
        return conflict(verdict, "But " + EvidenceSentence.mac(mac) + ", not " + entity.name() + ".",
                "check the nameplate and the MAC on the device label, and correct the Vendor or MAC column");
    }

    private static Verdict weighOtherMakersInVendor(LineReading line, Verdict verdict) {
        Optional<Mention.OfKnownMaker> maker = line.vendor().firstKnownMaker();
        Optional<Mention.OfLookalike> lookalike = line.vendor().firstLookalike();
        if (maker.isEmpty() && lookalike.isEmpty()) {
            return verdict;
        }
        String other = maker.map(Mention.OfKnownMaker::maker).orElseGet(() -> lookalike.get().lookalike().name());
        return conflict(verdict, "The Vendor column also names " + other + ".",
                "check the nameplate and keep only the real maker in the Vendor column");
    }

    private static Verdict weighCompatibleWording(LineReading line, CoveredEntity entity, Verdict verdict) {
        Optional<Mention.OfLookalike> lookalike = line.description().firstLookalike();
        Optional<Mention.OfCoveredEntity> compatible = line.description().firstCompatibilityPhrase()
                .filter(m -> m.entity().code().equals(entity.code()));
        if (lookalike.isPresent()) {
            return conflict(verdict, "But the description names " + lookalike.get().lookalike().name()
                            + ", which is not on the Covered List (" + lookalike.get().lookalike().why() + ").",
                    "check the label: if " + lookalike.get().lookalike().name() + " made it, put that in the Vendor column");
        }
        if (compatible.isPresent()) {
            return conflict(verdict, "But the description calls it gear made to work with " + entity.name()
                            + "; third-party gear compatible with " + entity.name() + " is not covered.",
                    "check the label: if a third party made it, put that maker in the Vendor column");
        }
        return verdict;
    }

    private static Verdict conflict(Verdict verdict, String sentence, String action) {
        return verdict.withConfidence(Math.min(verdict.confidence(), Confidence.CONFLICT)).because(sentence).toSettle(action);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
