package com.ripreplace.covered;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Free text reduced to the words that matter for matching names: Unicode NFKC (full-width letters, ligatures),
 * accents dropped, lower case, punctuation and spacing removed. Chinese characters become one word each, so
 * 华为 is found inside 华为技术有限公司. Plain ASCII text (most inventories) takes a fast path.
 */
final class NormalizedText {

    static final NormalizedText EMPTY = new NormalizedText(new String[0]);

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final String[] words;
    private String joined;

    private NormalizedText(String[] words) {
        this.words = words;
    }

    static NormalizedText of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        return isAscii(raw) ? ofAscii(raw) : ofUnicode(raw);
    }

    private static NormalizedText ofAscii(String text) {
        List<String> found = null;
        char[] word = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word[length++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                word[length++] = (char) (c + ('a' - 'A'));
            } else if (length > 0) {
                found = add(found, new String(word, 0, length));
                length = 0;
            }
        }
        if (length > 0) {
            found = add(found, new String(word, 0, length));
        }
        return found == null ? EMPTY : new NormalizedText(found.toArray(new String[0]));
    }

    private static NormalizedText ofUnicode(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> found = null;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                found = flush(word, found);
                found = add(found, new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                found = flush(word, found);
            }
        }
        found = flush(word, found);
        return found == null ? EMPTY : new NormalizedText(found.toArray(new String[0]));
    }

    private static List<String> flush(StringBuilder word, List<String> found) {
        if (word.length() == 0) {
            return found;
        }
        List<String> out = add(found, word.toString());
        word.setLength(0);
        return out;
    }

    private static List<String> add(List<String> found, String word) {
        List<String> out = found == null ? new ArrayList<>(4) : found;
        out.add(word);
        return out;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return words.length;
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    String word(int index) {
        return words[index];
    }

    /** The words joined by single spaces: the key two spellings of one name share. */
    String joined() {
        String out = joined;
        if (out == null) {
            out = words.length == 1 ? words[0] : String.join(" ", words);
            joined = out;
        }
        return out;
    }

    List<String> words() {
        return Arrays.asList(words);
    }
}
