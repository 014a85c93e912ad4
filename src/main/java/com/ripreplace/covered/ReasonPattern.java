package com.ripreplace.covered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A remembered reason cut where a line's purchase date or MAC address goes: {@code marks[i]} says which goes
 * between {@code parts[i]} and {@code parts[i + 1]}.
 */
final class ReasonPattern {

    /**
     * Where a purchase date and a MAC address go in a remembered reason. No decoder yields a lone surrogate, so
     * no cell read from a file holds these; a line that does anyway is read afresh.
     */
    static final char DATE_MARK = '\uDFFE';
    static final char MAC_MARK = '\uDFFF';

    private final String[] parts;
    private final char[] marks;
    private final int length;

    private ReasonPattern(String[] parts, char[] marks, int length) {
        this.parts = parts;
        this.marks = marks;
        this.length = length;
    }

    /** Whether a text holds one of the marks (never so in a cell read from a file). */
    static boolean holdsMark(String text) {
        return text != null && (text.indexOf(DATE_MARK) >= 0 || text.indexOf(MAC_MARK) >= 0);
    }

    static ReasonPattern of(String reason) {
        List<String> parts = new ArrayList<>(3);
        StringBuilder marks = new StringBuilder(2);
        int from = 0;
        while (true) {
            int date = reason.indexOf(DATE_MARK, from);
            int mac = reason.indexOf(MAC_MARK, from);
            int at = date < 0 ? mac : mac < 0 ? date : Math.min(date, mac);
            if (at < 0) {
                break;
            }
            parts.add(reason.substring(from, at));
            marks.append(reason.charAt(at));
            from = at + 1;
        }
        parts.add(reason.substring(from));
        return new ReasonPattern(parts.toArray(String[]::new), marks.toString().toCharArray(), reason.length());
    }

    /** Whether nothing goes into the reason: it reads the same for every line. */
    boolean isFixed() {
        return marks.length == 0;
    }

    /** The reason with the date and MAC address (as written on the line) in their places. */
    String write(LocalDate date, String mac) {
        StringBuilder reason = new StringBuilder(length + 16 * marks.length);
        reason.append(parts[0]);
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] == DATE_MARK) {
                appendIsoDate(reason, date);
            } else {
                reason.append(mac);
            }
            reason.append(parts[i + 1]);
        }
        return reason.toString();
    }

    /** Writes the date as {@link LocalDate#toString()} does (2019-05-01), without its general-purpose code. */
    private static void appendIsoDate(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            text.append(date);
            return;
        }
        text.append(year).append(date.getMonthValue() < 10 ? "-0" : "-").append(date.getMonthValue())
                .append(date.getDayOfMonth() < 10 ? "-0" : "-").append(date.getDayOfMonth());
    }
}
