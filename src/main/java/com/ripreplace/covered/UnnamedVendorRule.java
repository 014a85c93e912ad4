package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Vendor column is blank, a placeholder, or a name the catalog does not know (often a distributor): the
 * model number, the description and the MAC decide. A covered name in the description counts almost as much as
 * in the Vendor column; a model family or MAC block alone is thin evidence, so a person confirms it unless two
 * independent signals agree. This rule always decides.
 */
final class UnnamedVendorRule implements CoverageRule {

    /** What the line says about one entity. */
    private static final class Case {
        final CoveredEntity entity;
        final List<String> sentences = new ArrayList<>(3);
        double confidence;
        int signals;
        boolean named;
        boolean onlyWeak = true;
        boolean formerAffiliateBlock;
        Mention.OfCoveredEntity name;

        Case(CoveredEntity entity) {
            this.entity = entity;
        }

        void add(String sentence, double weight, boolean strong) {
            sentences.add(sentence);
            confidence = signals == 0 ? weight : Confidence.corroborated(confidence, weight);
            signals++;
            onlyWeak &= !strong;
        }
    }

    public Optional<Verdict> decide(LineReading line) {
        Map<String, Case> cases = new LinkedHashMap<>();
        collectNames(line, line.model(), cases);
        collectNames(line, line.description(), cases);
        for (ModelFamilyIndex.Match match : line.modelFamilies()) {
            boolean strong = match.family().strength() == ModelFamily.Strength.STRONG;
            if (strong || line.vendorBlank()) {
                caseOf(cases, match.entity()).add(EvidenceSentence.family(line.model(), match),
                        strong ? Confidence.STRONG_MODEL_FAMILY_ONLY : Confidence.WEAK_MODEL_FAMILY_ONLY, strong);
            }
        }
        for (ModelFamilyIndex.Match match : line.descriptionFamilies()) {
            Case c = caseOf(cases, match.entity());
            if (c.sentences.stream().noneMatch(s -> s.startsWith("Model"))) {
                c.add(EvidenceSentence.family(line.description(), match), Confidence.STRONG_MODEL_FAMILY_IN_DESCRIPTION, true);
            }
        }
        line.mac().ifPresent(mac -> {
            boolean former = mac.prefix().relationship() == MacPrefix.Relationship.FORMER_AFFILIATE;
            Case c = caseOf(cases, mac.entity());
            c.add(EvidenceSentence.mac(mac), former ? Confidence.MAC_OF_FORMER_AFFILIATE : Confidence.MAC_ONLY, true);
            c.formerAffiliateBlock |= former;
        });
        if (cases.isEmpty()) {
            return Optional.of(nothingCovered(line));
        }
        return Optional.of(covered(line, cases));
    }

    private static void collectNames(LineReading line, Field field, Map<String, Case> cases) {
        field.bestCoveredName().ifPresent(m -> {
            Case c = caseOf(cases, m.entity());
            if (!c.named) {
                c.add(withoutFullStop(EvidenceSentence.coveredName(field, m)),
                        m.confidence() - Confidence.NAME_OUTSIDE_VENDOR_COLUMN_PENALTY, true);
                c.named = true;
                c.name = m;
            }
        });
    }

    private static Case caseOf(Map<String, Case> cases, CoveredEntity entity) {
        return cases.computeIfAbsent(entity.code(), k -> new Case(entity));
    }

    private static Verdict covered(LineReading line, Map<String, Case> cases) {
        Case best = null;
        for (Case c : cases.values()) {
            if (best == null || c.confidence > best.confidence) {
                best = c;
            }
        }
        Verdict verdict = Verdict.covered(best.entity, best.confidence);
        if (best.name != null) {
            verdict = verdict.decidedBy(best.name);
        }
        List<String> sentences = new ArrayList<>(best.sentences);
        sentences.set(0, sentences.get(0) + "; " + vendorClause(line));
        for (String s : sentences) {
            verdict = verdict.because(s.endsWith(".") ? s : s + ".");
        }
        boolean thin = !best.named && best.signals < 2;
        if (thin || best.onlyWeak || best.formerAffiliateBlock) {
            verdict = verdict.toSettle(settleMaker(line));
        }
        if (cases.size() > 1) {
            for (Case other : cases.values()) {
                if (other != best) {
                    verdict = verdict.because("But " + lowerFirst(other.sentences.get(0)) + ".");
                }
            }
            verdict = verdict.withConfidence(Math.min(verdict.confidence(), Confidence.CONFLICT))
                    .toSettle("check the nameplate to see which maker it is, and correct the Vendor, Model or MAC column");
        }
        return verdict;
    }

    private static Verdict nothingCovered(LineReading line) {
        Optional<Mention.OfCoveredEntity> compatible = line.description().firstCompatibilityPhrase()
                .or(() -> line.model().firstCompatibilityPhrase());
        if (compatible.isPresent() || !line.compatibleFamilies().isEmpty()) {
            CoveredEntity entity = compatible.map(Mention.OfCoveredEntity::entity)
                    .orElseGet(() -> line.compatibleFamilies().get(0).entity());
            return Verdict.notCovered(Confidence.COMPATIBLE_GEAR_NOT_COVERED).hinting(entity)
                    .because("The description names " + entity.name() + " only as what this gear works with or replaces;"
                            + " third-party gear made to work with " + entity.name() + " is not covered; " + vendorClause(line) + ".");
        }
        Optional<Mention.OfLookalike> lookalike = line.description().firstLookalike().or(() -> line.model().firstLookalike());
        if (lookalike.isPresent()) {
            Lookalike l = lookalike.get().lookalike();
            return Verdict.notCovered(Confidence.LOOKALIKE_NOT_COVERED)
                    .because("The description names " + l.name() + ", which is not on the Covered List: " + l.why()
                            + "; " + vendorClause(line) + ".");
        }
        if (line.vendorUnfamiliar()) {
            if (!line.modelFamilies().isEmpty()) {
                ModelFamilyIndex.Match match = line.modelFamilies().get(0);
                return Verdict.notCovered(Confidence.CONFLICT).hinting(match.entity())
                        .because(EvidenceSentence.family(line.model(), match) + ", a numbering other makers also use; "
                                + vendorClause(line) + ".")
                        .toSettle("check the nameplate: if " + match.entity().name() + " made it, correct the Vendor column");
            }
            return Verdict.notCovered(Confidence.UNFAMILIAR_MAKER_NOT_COVERED)
                    .because("Vendor " + line.vendor().quoted()
                            + " is not on the Covered List, and nothing else on the line points to a covered entity.");
        }
        return Verdict.notCovered(Confidence.NOTHING_TO_GO_ON)
                .because("The Vendor column is blank and nothing else on the line (model, description, MAC) points to a covered entity.")
                .toSettle("check the nameplate and fill in the Vendor column");
    }

    private static String vendorClause(LineReading line) {
        if (line.vendor().isBlank()) {
            return "the Vendor column is blank";
        }
        if (line.vendorBlank()) {
            return "the Vendor column says " + line.vendor().quoted();
        }
        return "vendor " + line.vendor().quoted() + " is not a maker the catalog knows (a distributor?)";
    }

    private static String settleMaker(LineReading line) {
        return line.vendorBlank()
                ? "check the nameplate and fill in the Vendor column"
                : "check the nameplate and put the maker (not the distributor) in the Vendor column";
    }

    private static String withoutFullStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
