package com.ripreplace.covered;

import java.util.Optional;

/**
 * An engineer's override sits on top of the matcher's verdict. Confirming makes the line covered (the
 * matcher's entity kept, else the entity the engineer's words or the line's evidence name); dismissing makes it
 * not covered. Either way confidence is 1.0, the matcher's open questions close, and the reason keeps the
 * matcher's evidence and adds the engineer's words. The purchase-date rule still applies afterwards. Replacing
 * ("replace: ...") confirms the line and marks it to be replaced, which gear of a category entry otherwise is not.
 */
final class EngineerDecisionRule {

    private final NameIndex names;

    EngineerDecisionRule(NameIndex names) {
        this.names = names;
    }

    Verdict apply(Verdict verdict, EngineerDecision override) {
        String words = override.reasonForFinding() + (override.reasonForFinding().endsWith(".") ? "" : ".");
        if (override.decision() == EngineerDecision.Decision.DISMISS) {
            return verdict.decidedByEngineer(false, Optional.empty(), "Overridden by engineer: " + words);
        }
        Optional<CoveredEntity> entity = verdict.entity()
                .or(() -> namedIn(override.reason()))
                .or(verdict::hintedEntity);
        boolean replace = override.decision() == EngineerDecision.Decision.REPLACE;
        return verdict.decidedByEngineer(true, entity, replace,
                (replace ? "Overridden by engineer, to be replaced: " : "Overridden by engineer: ") + words);
    }

    private Optional<CoveredEntity> namedIn(String words) {
        for (Mention mention : names.scan(NormalizedText.of(words), true)) {
            if (mention instanceof Mention.OfCoveredEntity covered) {
                return Optional.of(covered.entity());
            }
        }
        return Optional.empty();
    }
}
