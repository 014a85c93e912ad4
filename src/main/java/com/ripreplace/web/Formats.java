package com.ripreplace.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pages write numbers and dates a person reads: dollars with thousands separators and cents
 * ({@code $1,234.50}, {@code -$80.00}), dates as {@code 1 Mar 2026}, moments in UTC. Templates read it as {@code fmt}.
 */
public final class Formats {

    static final Formats INSTANCE = new Formats();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.US);

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String digits = format.format(amount.abs().setScale(2, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "-$" : "$") + digits;
    }

    /** Whether an amount is below zero (a cash balance the carrier cannot pay). */
    public boolean negative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }

    public String date(LocalDate day) {
        return day == null ? "–" : DAY.format(day);
    }

    public String moment(OffsetDateTime at) {
        return at == null ? "–" : MOMENT.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    /** A fraction such as 0.395 as {@code 39.5%}. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "–";
        }
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Seconds as {@code 12 s} or {@code 2 min 5 s}. */
    public String seconds(double seconds) {
        long whole = Math.round(seconds);
        return whole < 60 ? whole + " s" : whole / 60 + " min " + whole % 60 + " s";
    }

    /** A plan's or submission's status in words. */
    public String status(String status) {
        if (status == null) {
            return "–";
        }
        return switch (status) {
            case "QUEUED" -> "Queued";
            case "SOLVING" -> "Solving";
            case "DONE" -> "Done";
            case "FAILED" -> "Failed";
            case "CANCELLED" -> "Cancelled";
            case "INTERRUPTED" -> "Interrupted";
            case "SUBMITTED" -> "Awaiting review";
            case "RETURNED" -> "Returned";
            case "APPROVED" -> "Approved";
            default -> status;
        };
    }

    /** The CSS class of a status badge. */
    public String badge(String status) {
        return "badge badge-" + (status == null ? "none" : status.toLowerCase(Locale.ROOT));
    }
}
