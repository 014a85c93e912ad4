package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a word as a covered name when it is one slip away (Damerau-Levenshtein distance 1: one letter
 * missing, extra, wrong or two letters swapped): "Hauwei", "Huawai", "Hikvison", "Dahau". Only names the
 * catalog marks misspellable and of {@value #SHORTEST_NAME}+ letters take part, so "ZTE" or "DJI" never do.
 *
 * <p>Candidates come from a deletion index (every name with each one letter left out), so a word is compared
 * with a handful of names, not with all of them.
 */
final class MisspellingIndex {

    static final int SHORTEST_NAME = 5;
    /** Words repeat across an inventory ("remote", "baseband"); answers are remembered up to this many words. */
    private static final int REMEMBERED_WORDS = 50_000;

    private final Map<String, List<Candidate>> byDeletion = new HashMap<>();
    private final Map<String, Optional<Candidate>> answers = new ConcurrentHashMap<>();

    record Candidate(String word, CoveredEntity entity, EntityName name) {
    }

    void add(String word, CoveredEntity entity, EntityName name) {
        if (word.length() < SHORTEST_NAME) {
            throw new CatalogFormatException("name '" + name.name() + "' is too short to be misspellable (fewer than "
                    + SHORTEST_NAME + " letters); set misspellable to false");
        }
        Candidate candidate = new Candidate(word, entity, name);
        for (String key : withOneLetterDropped(word)) {
            byDeletion.computeIfAbsent(key, k -> new ArrayList<>(2)).add(candidate);
        }
        byDeletion.computeIfAbsent(word, k -> new ArrayList<>(2)).add(candidate);
    }

    /** The one covered name this word is a slip of, if exactly one entity's name is that close. */
    Optional<Candidate> slipOf(String word) {
        if (word.length() < SHORTEST_NAME || !isLetters(word)) {
            return Optional.empty();
        }
        Optional<Candidate> known = answers.get(word);
        if (known != null) {
            return known;
        }
        if (answers.size() >= REMEMBERED_WORDS) {
            answers.clear();
        }
        Optional<Candidate> answer = lookUp(word);
        answers.put(word, answer);
        return answer;
    }

    private Optional<Candidate> lookUp(String word) {
        Candidate found = null;
        for (String key : keysFor(word)) {
            List<Candidate> candidates = byDeletion.get(key);
            if (candidates == null) {
                continue;
            }
            for (Candidate c : candidates) {
                if (!c.word().equals(word) && distanceIsOne(word, c.word())) {
                    if (found != null && !found.entity().code().equals(c.entity().code())) {
                        return Optional.empty();
                    }
                    found = c;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<String> keysFor(String word) {
        List<String> keys = withOneLetterDropped(word);
        keys.add(word);
        return keys;
    }

    private static List<String> withOneLetterDropped(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Optimal-string-alignment distance of exactly one (words differ). */
    static boolean distanceIsOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // one substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // one transposition
        }
        return la > lb
                ? a.regionMatches(i + 1, b, i, lb - i)  // one letter extra in a
                : b.regionMatches(i + 1, a, i, la - i); // one letter missing from a
    }
}
