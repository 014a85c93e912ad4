package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The category entries of the list (foreign-produced consumer-grade routers): a line no entity covers is gear of a
 * category when its model number belongs to one of the category's model families or a cell names one of its
 * product kinds ("mobile hotspot", "5G gateway"), and nothing says it is outside it ("carrier-grade",
 * "enterprise"). Where it was produced comes from what the catalog knows of its maker; a maker not known, or known
 * only to assemble abroad in general, sends the line to a person to read the label. The dates of the listing are
 * applied afterwards ({@link CategoryListingRule}). An entity's verdict always comes first: Huawei or ZTE CPE
 * stays Huawei or ZTE gear.
 */
final class CategoryRule {

    private static final String FIRST_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final List<Entry> entries = new ArrayList<>();

    CategoryRule(List<CoveredCategory> categories) {
        categories.forEach(c -> entries.add(new Entry(c)));
    }

    /**
     * What a description says to the category entries, as a short key (null when nothing): two descriptions with the
     * same key lead to the same verdict, because the reasons name what was found in a description without quoting it.
     */
    String keyOf(Field description) {
        StringBuilder key = null;
        for (Entry entry : entries) {
            String part = entry.keyOf(description);
            if (part != null) {
                key = (key == null ? new StringBuilder() : key.append('|')).append(entry.category.code()).append(part);
            }
        }
        return key == null ? null : key.toString();
    }

    /** The category verdict for a line the entity rules left uncovered, or the entity rules' verdict. */
    Verdict apply(Verdict verdict, LineReading line) {
        if (verdict.covered() || entries.isEmpty()) {
            return verdict;
        }
        if (verdict.needsReview() && verdict.hintedEntity().isPresent()) {
            return verdict; // a covered entity is in question: a person settles that first
        }
        for (Entry entry : entries) {
            Optional<Verdict> decided = entry.decide(line);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return verdict;
    }

    private record CompiledFamily(CoveredCategory.Family family, Pattern pattern) {
    }

    /** One category, its words normalised and its patterns compiled. */
    private static final class Entry {
        private final CoveredCategory category;
        private final List<String> outOfScope = new ArrayList<>();
        private final List<CompiledFamily> families = new ArrayList<>();
        private final List<KindWords> kinds = new ArrayList<>();
        /**
         * The families whose pattern could match text beginning with these two characters (worked out at load time
         * with {@link Matcher#hitEnd()}, as {@link ModelFamilyIndex} does), so a word start tries only those.
         */
        @SuppressWarnings("unchecked")
        private final List<CompiledFamily>[] byFirstTwoChars = new List[128 * 128];
        /** The first word of every phrase the entry looks for, so a cell with none of them is passed over at once. */
        private final Set<String> firstWords = new HashSet<>();

        Entry(CoveredCategory category) {
            this.category = category;
            for (CoveredCategory.ProductKind kind : category.kinds()) {
                kinds.add(new KindWords(kind.kind(), kind.words().stream().map(Entry::phrase).toList(),
                        kind.makerOnly().stream().map(Entry::phrase).toList()));
            }
            category.outOfScope().forEach(w -> outOfScope.add(phrase(w)));
            for (CoveredCategory.Family f : category.modelFamilies()) {
                CompiledFamily compiled = new CompiledFamily(f, f.pattern());
                families.add(compiled);
                index(compiled);
            }
            outOfScope.forEach(p -> firstWords.add(firstWord(p)));
            for (KindWords kind : kinds) {
                kind.words().forEach(p -> firstWords.add(firstWord(p)));
                kind.makerOnly().forEach(p -> firstWords.add(firstWord(p)));
            }
        }

        private void index(CompiledFamily family) {
            Matcher m = family.pattern().matcher("");
            for (char first : FIRST_CHARS.toCharArray()) {
                for (char second = ' '; second <= '~'; second++) {
                    m.reset(new String(new char[] {first, second}));
                    if (m.lookingAt() || m.hitEnd()) {
                        int key = first * 128 + second;
                        if (byFirstTwoChars[key] == null) {
                            byFirstTwoChars[key] = new ArrayList<>(2);
                        }
                        byFirstTwoChars[key].add(family);
                    }
                }
            }
        }

        private static String firstWord(String phrase) {
            int space = phrase.indexOf(' ');
            return space < 0 ? phrase : phrase.substring(0, space);
        }

        /** Whether any word of the cell begins one of the entry's phrases. */
        private boolean mayHoldAPhrase(Field cell) {
            for (String word : cell.text().words()) {
                if (firstWords.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        String keyOf(Field cell) {
            if (cell.isBlank()) {
                return null;
            }
            if (!mayHoldAPhrase(cell)) {
                return family(cell).map(f -> ":" + f.family().maker() + "/" + f.family().family() + "::").orElse(null);
            }
            if (holdsAny(cell, outOfScope)) {
                return ":out";
            }
            String family = family(cell).map(f -> f.family().maker() + "/" + f.family().family()).orElse("");
            String kind = kind(cell, false).map(KindMatch::kind).orElse("");
            String makerOnly = kind(cell, true).map(KindMatch::kind).orElse("");
            return family.isEmpty() && kind.isEmpty() && makerOnly.isEmpty() ? null
                    : ":" + family + ":" + kind + ":" + makerOnly;
        }

        Optional<Verdict> decide(LineReading line) {
            Field[] cells = {line.category(), line.model(), line.description()};
            for (Field cell : cells) {
                if (holdsAny(cell, outOfScope)) {
                    return Optional.empty();
                }
            }
            Optional<CoveredCategory.Maker> vendorMaker = line.vendorBlank() ? Optional.empty() : makerNamed(line.vendor());
            // A maker the catalog knows, but not for such gear (Cisco, Juniper): its model numbers are its own.
            boolean vendorIsSomeoneElse = !line.vendorBlank() && vendorMaker.isEmpty() && !line.vendorUnfamiliar();
            Optional<FamilyMatch> family = vendorIsSomeoneElse ? Optional.empty()
                    : family(line.model()).or(() -> family(line.description()));
            Optional<KindMatch> kind = Optional.empty();
            for (Field cell : cells) {
                kind = kind.or(() -> kind(cell, vendorMaker.filter(CoveredCategory.Maker::consumerOnly).isPresent()));
            }
            if (family.isEmpty() && kind.isEmpty()) {
                return Optional.empty();
            }
            Optional<CoveredCategory.Maker> maker = vendorMaker.or(() -> vendorIsSomeoneElse ? Optional.empty()
                    : family.flatMap(f -> makerCalled(f.family().maker())));
            Verdict verdict = Verdict.inCategory(category, family.isPresent() ? 0.90 : 0.80);
            if (family.isPresent()) {
                FamilyMatch f = family.get();
                verdict = verdict.because(shown(f.cell()) + " belongs to "
                        + EvidenceSentence.possessive(f.family().maker()) + " " + f.family().family() + " family ("
                        + f.family().kind() + ").");
            } else {
                KindMatch k = kind.get();
                verdict = verdict.because(shown(k.cell()) + " says it is a " + k.kind() + ".");
            }
            verdict = verdict.because(category.listedAs() + " are on the Covered List since "
                    + category.listingDay() + ", as a category, not a company.");
            if (maker.isEmpty()) {
                verdict = verdict.withConfidence(0.70)
                        .because((line.vendorBlank() ? "The Vendor column is blank" : "Vendor " + line.vendor().quoted()
                                + " is not a maker the catalog knows for such gear") + ", so where it was produced is not known.")
                        .toSettle(readTheLabel());
            } else if (maker.get().production() == CoveredCategory.Production.CHECK_LABEL) {
                verdict = verdict.withConfidence(0.75).because(maker.get().note() + ".").toSettle(readTheLabel());
            } else {
                verdict = verdict.because(maker.get().note() + ".");
            }
            return Optional.of(verdict);
        }

        /** "Model 'Archer AX55'"; a description is named, not quoted (lines whose descriptions say the same share it). */
        private static String shown(Field cell) {
            return cell.label().equals("Description") ? "The description" : cell.label() + " " + cell.quoted();
        }

        private static String readTheLabel() {
            return "read the country of origin on its label (production includes design, manufacture and assembly:"
                    + " made or assembled outside the United States, it is foreign-produced)";
        }

        private Optional<CoveredCategory.Maker> makerNamed(Field vendor) {
            String text = " " + vendor.text().joined() + " ";
            for (CoveredCategory.Maker maker : category.makers()) {
                if (text.contains(" " + phrase(maker.name()) + " ")) {
                    return Optional.of(maker);
                }
                for (String alias : maker.aliases()) {
                    if (text.contains(" " + phrase(alias) + " ")) {
                        return Optional.of(maker);
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<CoveredCategory.Maker> makerCalled(String name) {
            return category.makers().stream().filter(m -> m.name().equals(name)).findFirst();
        }

        private Optional<FamilyMatch> family(Field cell) {
            if (cell.isBlank()) {
                return Optional.empty();
            }
            String text = ModelText.of(cell.raw()).text();
            CompiledFamily found = null;
            int foundAt = Integer.MAX_VALUE;
            for (int start = 0; start + 1 < text.length() && start < foundAt; start++) {
                if (!Character.isLetterOrDigit(text.charAt(start))
                        || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    continue;
                }
                char first = text.charAt(start);
                char second = text.charAt(start + 1);
                List<CompiledFamily> candidates = first < 128 && second < 128 ? byFirstTwoChars[first * 128 + second] : null;
                if (candidates == null) {
                    continue;
                }
                for (CompiledFamily f : candidates) {
                    if (f.pattern().matcher(text).region(start, text.length()).lookingAt()) {
                        found = f;
                        foundAt = start;
                        break;
                    }
                }
            }
            return found == null ? Optional.empty() : Optional.of(new FamilyMatch(found.family(), cell));
        }

        private Optional<KindMatch> kind(Field cell, boolean consumerMaker) {
            if (cell.isBlank()) {
                return Optional.empty();
            }
            for (KindWords kind : kinds) {
                if (holdsAny(cell, kind.words()) || consumerMaker && holdsAny(cell, kind.makerOnly())) {
                    return Optional.of(new KindMatch(kind.kind(), cell));
                }
            }
            return Optional.empty();
        }

        private static boolean holdsAny(Field cell, List<String> phrases) {
            if (cell.isBlank()) {
                return false;
            }
            String text = " " + cell.text().joined() + " ";
            for (String p : phrases) {
                if (text.contains(" " + p + " ")) {
                    return true;
                }
            }
            return false;
        }

        private static String phrase(String words) {
            return NormalizedText.of(words).joined();
        }
    }

    private record FamilyMatch(CoveredCategory.Family family, Field cell) {
    }

    private record KindWords(String kind, List<String> words, List<String> makerOnly) {
    }

    private record KindMatch(String kind, Field cell) {
    }
}
