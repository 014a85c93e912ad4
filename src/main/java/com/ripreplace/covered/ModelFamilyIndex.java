package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the covered model families a model number (or a description) belongs to: "RRU3908" is Huawei's RRU
 * radio family, "ZXA10 C300" is ZTE's. Patterns are compiled once and tried only at the start of a word, and
 * only the families that can begin with that word's first two characters are tried: when the catalog loads,
 * each pattern is run against every two-character start and {@link Matcher#hitEnd()} tells whether it could
 * go on to match. Each thread reuses one matcher per pattern.
 */
final class ModelFamilyIndex {

    /** A family a piece of text belongs to, and the text that showed it. */
    record Match(ModelFamily family, CoveredEntity entity, String matchedText, int startChar, int endChar) {
    }

    private static final String FIRST_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Map<String, List<Family>> byFirstTwoChars = new HashMap<>();
    private final List<ModelFamily> families = new ArrayList<>();
    private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(this::newMatchers);

    private record Family(ModelFamily family, CoveredEntity entity, int index) {
    }

    ModelFamilyIndex(List<CoveredEntity> entities) {
        for (CoveredEntity entity : entities) {
            for (ModelFamily family : entity.modelFamilies()) {
                for (String example : family.examples()) {
                    String text = ModelText.of(example).text();
                    if (!family.pattern().matcher(text).lookingAt()) {
                        throw new CatalogFormatException("entity " + entity.code() + ", model family '" + family.family()
                                + "': pattern does not match its own example '" + example + "'");
                    }
                }
                families.add(family);
                index(new Family(family, entity, families.size() - 1));
            }
        }
    }

    /** Files the family under every two-character word start its pattern could go on to match. */
    private void index(Family family) {
        Matcher m = family.family().pattern().matcher("");
        for (char first : FIRST_CHARS.toCharArray()) {
            // A first character the pattern rejects without needing more input rejects every longer text too.
            m.reset(String.valueOf(first));
            if (!m.lookingAt() && !m.hitEnd()) {
                continue;
            }
            for (char second = ' '; second <= '~'; second++) {
                String start = new String(new char[] {first, second});
                m.reset(start);
                if (m.lookingAt() || m.hitEnd()) {
                    byFirstTwoChars.computeIfAbsent(start, k -> new ArrayList<>(2)).add(family);
                }
            }
        }
    }

    /** Every family found at a word start in the text, first match per family. */
    List<Match> matches(ModelText model) {
        String text = model.text();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Match> found = null;
        Matcher[] reusable = null;
        for (int start = 0; start + 1 < text.length(); start++) {
            char c = text.charAt(start);
            if (!Character.isLetterOrDigit(c) || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
                continue;
            }
            List<Family> candidates = byFirstTwoChars.get(text.substring(start, start + 2));
            if (candidates == null) {
                continue;
            }
            if (reusable == null) {
                reusable = matchers.get();
            }
            for (Family candidate : candidates) {
                Matcher m = reusable[candidate.index()].reset(text);
                m.region(start, text.length());
                if (m.lookingAt() && (found == null || found.stream().noneMatch(f -> f.family() == candidate.family()))) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(new Match(candidate.family(), candidate.entity(), text.substring(start, m.end()), start, m.end()));
                }
            }
        }
        return found == null ? List.of() : found;
    }

    private Matcher[] newMatchers() {
        Matcher[] out = new Matcher[families.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = families.get(i).pattern().matcher("");
        }
        return out;
    }
}
