package com.ripreplace.covered;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Model text as model-family patterns see it: NFKC, upper case, runs of spaces and underscores as one space.
 *
 * @param text the normalized text ("" when the cell is blank)
 */
record ModelText(String text) {

    static ModelText of(String raw) {
        if (raw == null || raw.isBlank()) {
            return new ModelText("");
        }
        String nfkc = isAscii(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || c == '_') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return new ModelText(out.toString().toUpperCase(Locale.ROOT));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
