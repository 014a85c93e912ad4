package com.ripreplace.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write values a person reads: times in UTC to the minute, yes or no, shares as percentages. */
final class Shown {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private Shown() {
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : MINUTE.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.US, "%,d", n) + " " + (n == 1 ? one : many);
    }
}
