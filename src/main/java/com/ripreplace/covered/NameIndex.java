package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every name the catalog knows (covered names, lookalikes, known non-covered makers) indexed by first word.
 * Scanning a field walks its words once and takes the longest name starting at each word, so "Huawei-3Com"
 * (a lookalike) wins over "Huawei", and "Hisense" never matches anything inside another word.
 */
final class NameIndex {

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final MisspellingIndex misspellings = new MisspellingIndex();
    private final CompatibilityPhrase compatibility = new CompatibilityPhrase();

    private sealed interface Target permits CoveredTarget, LookalikeTarget, MakerTarget {
    }

    private record CoveredTarget(CoveredEntity entity, EntityName name) implements Target {
    }

    private record LookalikeTarget(Lookalike lookalike) implements Target {
    }

    private record MakerTarget(String maker) implements Target {
    }

    private record Phrase(String[] words, String key, Target target) {
    }

    NameIndex(List<CoveredEntity> entities, List<Lookalike> lookalikes, List<String> knownMakers) {
        Map<String, String> owners = new HashMap<>();
        for (CoveredEntity entity : entities) {
            for (EntityName name : entity.names()) {
                NormalizedText text = add(name.name(), new CoveredTarget(entity, name), owners, entity.code());
                if (name.misspellable()) {
                    if (text.size() != 1) {
                        throw new CatalogFormatException("entity " + entity.code() + ", name '" + name.name()
                                + "': only one-word names can be misspellable");
                    }
                    misspellings.add(text.word(0), entity, name);
                }
            }
        }
        for (Lookalike lookalike : lookalikes) {
            add(lookalike.name(), new LookalikeTarget(lookalike), owners, "lookalike");
        }
        for (String maker : knownMakers) {
            add(maker, new MakerTarget(maker), owners, "known maker");
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed()));
    }

    private NormalizedText add(String name, Target target, Map<String, String> owners, String owner) {
        NormalizedText text = NormalizedText.of(name);
        if (text.isEmpty()) {
            throw new CatalogFormatException(owner + ": name '" + name + "' has no letters or digits");
        }
        String key = text.joined();
        String previous = owners.putIfAbsent(key, owner + " '" + name + "'");
        if (previous != null) {
            if (previous.startsWith(owner + " ")) {
                return text; // the same entity spells a name twice ("Teltronic" / "Teltronic S.A.U."): harmless
            }
            throw new CatalogFormatException("name '" + name + "' (" + owner + ") reads the same as " + previous
                    + "; a name can belong to one entry only");
        }
        byFirstWord.computeIfAbsent(text.word(0), k -> new ArrayList<>(2))
                .add(new Phrase(text.words().toArray(new String[0]), key, target));
        return text;
    }

    /** The names found in a field, left to right, longest first at each word. */
    List<Mention> scan(NormalizedText text, boolean readMisspellings) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Mention> found = null;
        int i = 0;
        while (i < text.size()) {
            Optional<Mention> mention = longestAt(text, i);
            if (mention.isEmpty() && readMisspellings) {
                mention = misspelledAt(text, i);
            }
            if (mention.isPresent()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(mention.get());
                i = mention.get().end();
            } else {
                i++;
            }
        }
        return found == null ? List.of() : found;
    }

    private Optional<Mention> longestAt(NormalizedText text, int at) {
        List<Phrase> candidates = byFirstWord.get(text.word(at));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Phrase phrase : candidates) {
            if (matchesAt(text, at, phrase.words())) {
                return Optional.of(mentionOf(phrase.target(), text, at, at + phrase.words().length, false));
            }
        }
        return Optional.empty();
    }

    private Optional<Mention> misspelledAt(NormalizedText text, int at) {
        return misspellings.slipOf(text.word(at))
                .map(c -> mentionOf(new CoveredTarget(c.entity(), c.name()), text, at, at + 1, true));
    }

    private Mention mentionOf(Target target, NormalizedText text, int start, int end, boolean misspelled) {
        if (target instanceof CoveredTarget covered) {
            String asWritten = String.join(" ", text.words().subList(start, end));
            return new Mention.OfCoveredEntity(covered.entity(), covered.name(), asWritten, misspelled,
                    compatibility.surrounds(text, start, end), start, end);
        }
        if (target instanceof LookalikeTarget lookalike) {
            return new Mention.OfLookalike(lookalike.lookalike(), start, end);
        }
        return new Mention.OfKnownMaker(((MakerTarget) target).maker(), start, end);
    }

    private static boolean matchesAt(NormalizedText text, int at, String[] words) {
        if (at + words.length > text.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!text.word(at + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has any word the compatibility rule looks for (a cheap test before the full one). */
    boolean hasCompatibilityWord(NormalizedText text) {
        return compatibility.hasAnyWord(text);
    }

    /** Whether the compatibility rule reads these words of this text as "made to work with". */
    boolean isCompatibilityPhrase(NormalizedText text, int start, int end) {
        return compatibility.surrounds(text, start, end);
    }
}
