package com.ripreplace.inventory.read;

import java.util.Objects;

/**
 * A cell as the file stores it, before any meaning is given to it.
 *
 * @param column 0-based column index
 * @param kind   what the value is
 * @param value  the value as text: the string, the plain number ("43831", "2.5"), "TRUE"/"FALSE", or the error code
 */
public record RawCell(int column, CellKind kind, String value) {

    public RawCell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    /** Whether {@code text} is not empty and all ASCII digits (told without a regular expression: cells are many). */
    public static boolean isDigits(String text) {
        return isDigits(text, 0, text.length());
    }

    /** Whether {@code text} holds at least one character between {@code from} and {@code to}, all ASCII digits. */
    public static boolean isDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The column as a spreadsheet shows it: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
