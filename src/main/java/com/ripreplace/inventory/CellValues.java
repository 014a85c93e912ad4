package com.ripreplace.inventory;

import com.ripreplace.inventory.read.CellKind;
import com.ripreplace.inventory.read.RawCell;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cells as the values the inventory contract asks for, accepting the forms carriers type:
 * Excel serial dates and ISO, US and d-MMM-yy dates; numbers stored as text; money with $ and
 * commas; decimal or degrees-minutes-seconds coordinates; Y/N/yes/no/true/false/x flags; month
 * ranges. Each failure says what was expected and what was found, in a field engineer's words.
 */
public final class CellValues {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("uuuu/M/d"),
            usDate(4),
            usDate(2),
            dayMonthYear("-", 4),
            dayMonthYear("-", 2),
            dayMonthYear(" ", 4),
            dayMonthYear(" ", 2),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, uuuu")
                    .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, uuuu")
                    .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.BASIC_ISO_DATE);

    private static final Pattern COORDINATE = Pattern.compile(
            "^([NSEW])?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(?:°|º|˚|deg|d|:|\\s)?\\s*"
                    + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:'|’|′|m|min|:|\\s)?\\s*"
                    + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|”|″|''|’’|s|sec)?)?)?\\s*([NSEW])?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern SERIAL_DATE = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T].*");
    /** Day 0 of Excel's 1900 date system for serials from 61 on (after its fictitious 29 February 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Set<String> YEAR_ROUND = Set.of("all", "allyear", "yearround", "yearlong", "any",
            "anytime", "12months", "always", "none", "na", "notseasonal", "janudec", "jandec", "112");
    private static final Set<String> YES = Set.of("y", "yes", "true", "x", "1", "✓", "✔", "t");
    private static final Set<String> NO = Set.of("n", "no", "false", "0", "-", "f");

    private CellValues() {
    }

    public static Parsed<Integer> wholeNumber(RawCell cell, String field, int minimum, String expectation) {
        String raw = cell.value();
        if (raw.length() <= 9 && RawCell.isDigits(raw)) {
            int value = Integer.parseInt(raw);
            return value >= minimum ? Parsed.of(value)
                    : Parsed.invalid(field + " must be " + expectation + "; found '" + shown(cell) + "'");
        }
        BigDecimal number = decimal(raw);
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(minimum)) < 0
                || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.invalid(field + " must be " + expectation + "; found '" + shown(cell) + "'");
        }
        return Parsed.of(number.intValueExact());
    }

    public static Parsed<BigDecimal> money(RawCell cell, String field) {
        BigDecimal amount = decimal(cell.value());
        if (amount == null || amount.signum() < 0) {
            return Parsed.invalid(field + " must be an amount of money of at least 0, such as 12500 or $12,500.00;"
                    + " found '" + shown(cell) + "'");
        }
        return Parsed.of(amount);
    }

    /** A share such as 0.395, 39.5% or 39.5 (read as a percentage when above 1). */
    public static Parsed<BigDecimal> fraction(RawCell cell, String field) {
        String text = cell.value().strip();
        boolean percent = text.endsWith("%");
        BigDecimal value = decimal(percent ? text.substring(0, text.length() - 1) : text);
        if (value != null && (percent || value.compareTo(BigDecimal.ONE) > 0)) {
            value = value.movePointLeft(2);
        }
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return Parsed.invalid(field + " must be a share between 0 and 1 (or 0% to 100%), such as 0.395 or 39.5%;"
                    + " found '" + shown(cell) + "'");
        }
        return Parsed.of(value.stripTrailingZeros());
    }

    public static Parsed<LocalDate> date(RawCell cell, String field, boolean date1904) {
        if (cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.DATE) {
            return serialDate(cell, field, date1904);
        }
        String text = cell.value().strip();
        if (SERIAL_DATE.matcher(text).matches()) {
            return serialDate(cell, field, date1904);
        }
        String candidate = text.length() > 10 && ISO_DATE_TIME.matcher(text).matches() ? text.substring(0, 10) : text;
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Parsed.of(LocalDate.parse(candidate, format));
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return Parsed.invalid(field + " must be a date such as 2019-06-30, 6/30/2019 or 30-Jun-19; found '"
                + shown(cell) + "'");
    }

    private static Parsed<LocalDate> serialDate(RawCell cell, String field, boolean date1904) {
        String raw = cell.value();
        if (!date1904 && raw.length() <= 7 && RawCell.isDigits(raw)) {
            int days = Integer.parseInt(raw);
            if (days >= 61 && days <= 2_958_465) {
                return Parsed.of(EXCEL_EPOCH.plusDays(days));
            }
        }
        BigDecimal serial = decimal(raw);
        if (serial == null || serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return Parsed.invalid(field + " must be a date such as 2019-06-30; found the number '" + shown(cell) + "'");
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial.doubleValue(), date1904);
        return Parsed.of(dateTime.toLocalDate());
    }

    /** The usual number cell, "12500" or "849.5", told without a regular expression (one per line of gear). */
    private static boolean isPlainDecimal(String text) {
        int point = text.indexOf('.');
        return point < 0 ? RawCell.isDigits(text)
                : RawCell.isDigits(text, 0, point) && RawCell.isDigits(text, point + 1, text.length());
    }

    public static Parsed<Boolean> flag(RawCell cell, String field) {
        String key = cell.value().strip().toLowerCase(Locale.ROOT);
        if (YES.contains(key)) {
            return Parsed.of(true);
        }
        if (NO.contains(key) || key.isEmpty()) {
            return Parsed.of(false);
        }
        return Parsed.invalid(field + " must be Y or N (yes/no, true/false or x also work); found '" + shown(cell) + "'");
    }

    /** Decimal degrees or degrees-minutes-seconds, with the sign or a hemisphere letter. */
    public static Parsed<Double> coordinate(RawCell cell, String field, double limit) {
        String expectation = field + " must be between -" + (int) limit + " and " + (int) limit
                + " degrees, written as decimal degrees (44.52) or degrees-minutes-seconds (44°31'12\"N); found '"
                + shown(cell) + "'";
        Matcher m = COORDINATE.matcher(cell.value().strip());
        if (!m.matches() || (m.group(1) != null && m.group(5) != null)) {
            return Parsed.invalid(expectation);
        }
        double degrees = Double.parseDouble(m.group(2));
        double minutes = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        double seconds = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
        if (minutes >= 60 || seconds >= 60 || ((m.group(3) != null) && degrees != Math.rint(degrees))) {
            return Parsed.invalid(expectation);
        }
        double value = Math.abs(degrees) + minutes / 60 + seconds / 3600;
        String hemisphere = m.group(1) != null ? m.group(1) : m.group(5);
        boolean negative = degrees < 0 || m.group(2).startsWith("-")
                || (hemisphere != null && (hemisphere.equalsIgnoreCase("S") || hemisphere.equalsIgnoreCase("W")));
        if (hemisphere != null && (limit == 90) != (hemisphere.equalsIgnoreCase("N") || hemisphere.equalsIgnoreCase("S"))) {
            return Parsed.invalid(expectation);
        }
        value = negative ? -value : value;
        if (Math.abs(value) > limit) {
            return Parsed.invalid(expectation);
        }
        return Parsed.of(Math.round(value * 1_000_000d) / 1_000_000d);
    }

    /** Months a seasonal site can be worked: "May-Oct", "Jun, Jul, Aug", "5-10", "Nov-Feb"; blank or "year round" is all twelve. */
    public static Parsed<List<Integer>> months(RawCell cell, String field) {
        String text = cell.value().strip();
        if (text.isEmpty() || YEAR_ROUND.contains(Field.normalise(text))) {
            return Parsed.of(Site.ALL_YEAR);
        }
        Set<Integer> months = new TreeSet<>();
        String unified = text.toLowerCase(Locale.ROOT).replaceAll("\\s*(-|–|—|\\bto\\b|\\bthrough\\b|\\bthru\\b)\\s*", "-");
        for (String part : unified.split("[,;/&+]|\\band\\b|\\s+")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            String[] ends = token.split("-", -1);
            if (ends.length > 2) {
                return invalidMonths(cell, field);
            }
            Integer from = month(ends[0]);
            Integer to = ends.length == 2 ? month(ends[1]) : from;
            if (from == null || to == null) {
                return invalidMonths(cell, field);
            }
            for (int m = from; ; m = m % 12 + 1) {
                months.add(m);
                if (m == to) {
                    break;
                }
            }
        }
        return months.isEmpty() ? invalidMonths(cell, field) : Parsed.of(List.copyOf(months));
    }

    private static Parsed<List<Integer>> invalidMonths(RawCell cell, String field) {
        return Parsed.invalid(field + " must list the months crews can work there, such as May-Oct, Jun, Jul, Aug"
                + " or 5-10 (blank means all year); found '" + shown(cell) + "'");
    }

    private static Integer month(String token) {
        String t = token.strip().replace(".", "");
        if (t.matches("\\d{1,2}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= 12 ? n : null;
        }
        return MONTHS.get(t);
    }

    /** Site ids separated by commas, semicolons, pipes or line breaks. */
    public static List<String> idList(RawCell cell) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : cell.value().split("[,;|\\n]+")) {
            String id = part.strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /** A MAC address in any common notation, as AA:BB:CC:DD:EE:FF. */
    public static Parsed<String> mac(RawCell cell, String field) {
        // 12 hexadecimal digits, separated by any of : . - and white space, written as 00:E0:FC:12:34:56.
        String raw = cell.value();
        char[] out = new char[17];
        int digits = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ':' || c == '.' || c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            int value = Character.digit(c, 16);
            if (value < 0 || c > 'f' || digits == 12) {
                digits = -1;
                break;
            }
            if (digits > 0 && digits % 2 == 0) {
                out[digits / 2 * 3 - 1] = ':';
            }
            out[digits / 2 * 3 + digits % 2] = Character.toUpperCase(c);
            digits++;
        }
        if (digits != 12) {
            return Parsed.invalid(field + " '" + shown(cell) + "' is not a MAC address (12 hexadecimal digits such as"
                    + " 00:E0:FC:12:34:56); it was ignored");
        }
        // Most inventories already write the usual form; that text is then kept rather than copied.
        return Parsed.of(writtenAs(raw, out) ? raw : new String(out));
    }

    private static boolean writtenAs(String text, char[] chars) {
        if (text.length() != chars.length) {
            return false;
        }
        for (int i = 0; i < chars.length; i++) {
            if (text.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /** A number written plainly or with $, commas, spaces or accounting parentheses; null when it is none. */
    static BigDecimal decimal(String raw) {
        if (isPlainDecimal(raw) || PLAIN_NUMBER.matcher(raw).matches()) {
            return new BigDecimal(raw);
        }
        String text = raw.strip().replace("$", "").replace(",", "").replace(" ", "").replace("\u00A0", "");
        boolean negative = text.startsWith("(") && text.endsWith(")");
        if (negative) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty() || !PLAIN_NUMBER.matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return negative ? value.negate() : value;
    }

    private static String shown(RawCell cell) {
        String text = cell.value().strip();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter usDate(int yearDigits) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NEVER).appendLiteral('/')
                .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER).appendLiteral('/');
        appendYear(b, yearDigits);
        return b.toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter dayMonthYear(String separator, int yearDigits) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER).appendLiteral(separator)
                .appendPattern("MMM").appendLiteral(separator);
        appendYear(b, yearDigits);
        return b.toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    private static void appendYear(DateTimeFormatterBuilder b, int digits) {
        if (digits == 4) {
            b.appendValue(ChronoField.YEAR, 4);
        } else {
            b.appendValueReduced(ChronoField.YEAR, 2, 2, 1950);
        }
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new java.util.HashMap<>();
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            names.put(full[i], i + 1);
            names.put(full[i].substring(0, 3), i + 1);
        }
        names.put("sept", 9);
        return Map.copyOf(names);
    }
}
