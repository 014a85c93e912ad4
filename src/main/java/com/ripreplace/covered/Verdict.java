package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coverage verdict before the reimbursement rule: covered or not, the evidence in words, and what would
 * settle it when a person has to look. Immutable; each step returns a new verdict.
 *
 * @param decidingName the covered name the verdict rests on, when it rests on one (ownership periods apply to it)
 * @param hintedEntity an entity the line points to even though it is not covered (used when an engineer
 *                     confirms it as covered without naming the entity)
 * @param category     the category entry the line falls in (covered or, authorised before the listing, not), when
 *                     no entity decided it
 * @param replace      an engineer decided the line is to be replaced (an override saying "replace")
 */
record Verdict(boolean covered, Optional<CoveredEntity> entity, double confidence, boolean needsReview,
               List<String> evidence, List<String> toSettle, Optional<Mention.OfCoveredEntity> decidingName,
               Optional<CoveredEntity> hintedEntity, boolean overridden, Optional<CoveredCategory> category,
               boolean replace) {

    Verdict {
        evidence = List.copyOf(evidence);
        toSettle = List.copyOf(toSettle);
    }

    static Verdict covered(CoveredEntity entity, double confidence) {
        return new Verdict(true, Optional.of(entity), confidence, false, List.of(), List.of(), Optional.empty(),
                Optional.of(entity), false, Optional.empty(), false);
    }

    /** Gear of a category entry: covered, no entity; the listing's dates and consequences are applied later. */
    static Verdict inCategory(CoveredCategory category, double confidence) {
        return new Verdict(true, Optional.empty(), confidence, false, List.of(), List.of(), Optional.empty(),
                Optional.empty(), false, Optional.of(category), false);
    }

    static Verdict notCovered(double confidence) {
        return new Verdict(false, Optional.empty(), confidence, false, List.of(), List.of(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), false);
    }

    /** Adds a sentence of evidence. */
    Verdict because(String sentence) {
        return new Verdict(covered, entity, confidence, needsReview, plus(evidence, sentence), toSettle, decidingName,
                hintedEntity, overridden, category, replace);
    }

    /** Sends the line to a person, saying what would settle it ("check the nameplate and ..."). */
    Verdict toSettle(String action) {
        List<String> actions = toSettle.contains(action) ? toSettle : plus(toSettle, action);
        return new Verdict(covered, entity, confidence, true, evidence, actions, decidingName, hintedEntity, overridden, category, replace);
    }

    /** The open questions closed: nothing about the line is left for a person to settle. */
    Verdict settled() {
        return new Verdict(covered, entity, confidence, false, evidence, List.of(), decidingName, hintedEntity, overridden,
                category, replace);
    }

    Verdict withConfidence(double value) {
        return new Verdict(covered, entity, value, needsReview, evidence, toSettle, decidingName, hintedEntity, overridden, category, replace);
    }

    Verdict decidedBy(Mention.OfCoveredEntity name) {
        return new Verdict(covered, entity, confidence, needsReview, evidence, toSettle, Optional.of(name),
                hintedEntity, overridden, category, replace);
    }

    Verdict hinting(CoveredEntity hint) {
        return new Verdict(covered, entity, confidence, needsReview, evidence, toSettle, decidingName,
                Optional.of(hint), overridden, category, replace);
    }

    /** The same evidence, now not covered (an ownership period or a services-only listing rules it out). */
    Verdict ruledOut(double value) {
        return new Verdict(false, Optional.empty(), value, needsReview, evidence, toSettle, decidingName,
                hintedEntity.or(() -> entity), overridden, category, replace);
    }

    /** An engineer decided: covered or not, fully trusted, the matcher's open questions closed. */
    Verdict decidedByEngineer(boolean isCovered, Optional<CoveredEntity> decidedEntity, String sentence) {
        return decidedByEngineer(isCovered, decidedEntity, false, sentence);
    }

    /**
     * As {@link #decidedByEngineer(boolean, Optional, String)}; {@code toReplace} records that the engineer decided
     * the line is to be replaced. A line dismissed leaves its category too (the engineer says it is not such gear).
     */
    Verdict decidedByEngineer(boolean isCovered, Optional<CoveredEntity> decidedEntity, boolean toReplace,
                              String sentence) {
        return new Verdict(isCovered, isCovered ? decidedEntity : Optional.empty(), 1.0, false,
                plus(evidence, sentence), List.of(), decidingName, hintedEntity, true,
                isCovered ? category : Optional.empty(), isCovered && toReplace);
    }

    private static List<String> plus(List<String> list, String item) {
        List<String> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }
}
