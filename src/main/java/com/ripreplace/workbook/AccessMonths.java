package com.ripreplace.workbook;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The months a site can be worked, as a person writes them: "All year", "May-Oct", "Nov-Mar", "Jan-Mar, Jul". */
final class AccessMonths {

    private AccessMonths() {
    }

    /** Months 1..12; none given or all twelve reads "All year"; runs may wrap over the new year. */
    static String describe(List<Integer> months) {
        TreeSet<Integer> open = new TreeSet<>();
        for (Integer month : months) {
            if (month != null && month >= 1 && month <= 12) {
                open.add(month);
            }
        }
        if (open.isEmpty() || open.size() == 12) {
            return "All year";
        }
        int first = open.first();
        for (int month : open) {
            if (!open.contains(previous(month))) {
                first = month;
                break;
            }
        }
        List<String> runs = new ArrayList<>();
        int month = first;
        for (int seen = 0; seen < 12; ) {
            if (!open.contains(month)) {
                month = next(month);
                seen++;
                continue;
            }
            int start = month;
            int end = month;
            while (open.contains(next(end)) && next(end) != start) {
                end = next(end);
                seen++;
            }
            runs.add(start == end ? name(start) : name(start) + "-" + name(end));
            month = next(end);
            seen++;
        }
        return String.join(", ", runs);
    }

    private static int next(int month) {
        return month % 12 + 1;
    }

    private static int previous(int month) {
        return (month + 10) % 12 + 1;
    }

    private static String name(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.US);
    }
}
