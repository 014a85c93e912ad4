package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes the cells of one row in one {@link Look}. It is the only place a plan workbook's cells get
 * their values, and it keeps the workbook's one safety rule: text (anything an input gave: ids, names,
 * file names, reasons) goes in through {@link #text} and is always a string cell, however it begins;
 * {@link #formula} takes only formulas this package builds from cell references.
 */
final class RowWriter {

    /** Excel keeps at most this many characters in a cell; POI refuses more. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT = "…";

    private final Row row;
    private final Styles styles;
    private final Look look;
    /** Running sums of the numbers written, by column, for a table's totals row; null when not kept. */
    private final double[] tally;

    private RowWriter(Row row, Styles styles, Look look, double[] tally) {
        this.row = row;
        this.styles = styles;
        this.look = look;
        this.tally = tally;
    }

    static RowWriter on(Sheet sheet, int rowIndex, Styles styles, Look look) {
        return new RowWriter(sheet.createRow(rowIndex), styles, look, null);
    }

    /** A row whose numbers (values and formulas' values) are added, column by column, to {@code tally}. */
    static RowWriter tallied(Sheet sheet, int rowIndex, Styles styles, Look look, double[] tally) {
        return new RowWriter(sheet.createRow(rowIndex), styles, look, tally);
    }

    /** The serial number Excel stores for a date, for a formula's value when the formula yields a date. */
    static double serial(LocalDate date) {
        return DateUtil.getExcelDate(date);
    }

    /** The 1-based row number a spreadsheet shows, for formulas that refer to this row. */
    int number() {
        return row.getRowNum() + 1;
    }

    /** A string cell, never a formula; null leaves the cell out; text longer than a cell holds is cut. */
    RowWriter text(int column, String value) {
        return string(column, value, Kind.TEXT, Kind.QUOTED_TEXT);
    }

    /**
     * As {@link #text}, set one step in from the left: for a note beside a right-aligned figure (the Summary's
     * third column, a list of site ids after a count).
     */
    RowWriter note(int column, String value) {
        return string(column, value, Kind.NOTE, Kind.QUOTED_NOTE);
    }

    /**
     * As {@link #text}, wrapped within the cell: a sentence or more (the Summary's cash answer, a reviewer's note),
     * for a cell merged across the sheet's columns.
     */
    RowWriter paragraph(int column, String value) {
        return string(column, value, Kind.PARAGRAPH, Kind.QUOTED_PARAGRAPH);
    }

    /** The one way text reaches a cell: always a string, quote-prefixed when it begins like a formula. */
    private RowWriter string(int column, String value, Kind plain, Kind quoted) {
        if (value == null) {
            return this;
        }
        String fitted = value.length() <= MAX_TEXT ? value : cut(value);
        Cell cell = row.createCell(column);
        cell.setCellValue(fitted);
        cell.setCellStyle(styles.of(look, looksLikeAFormula(fitted) ? quoted : plain));
        return this;
    }

    /** "Yes" or "No", set in a step so it does not run into a figure right-aligned beside it. */
    RowWriter yesNo(int column, boolean value) {
        return note(column, value ? "Yes" : "No");
    }

    RowWriter whole(int column, long value) {
        return numeric(column, value, Kind.WHOLE);
    }

    /** A whole number, or nothing when null. */
    RowWriter whole(int column, Number value) {
        return value == null ? this : numeric(column, value.doubleValue(), Kind.WHOLE);
    }

    /** A number that names something (wave 3, crew 2, travel order 1), written without a thousands separator. */
    RowWriter ordinal(int column, int value) {
        return numeric(column, value, Kind.NUMBER);
    }

    /** As {@link #ordinal(int, int)}, or nothing when null. */
    RowWriter ordinal(int column, Integer value) {
        return value == null ? this : numeric(column, value, Kind.NUMBER);
    }

    /** Dollars with a currency format, or nothing when null. */
    RowWriter money(int column, Money value) {
        return money(column, value, Kind.MONEY);
    }

    RowWriter money(int column, Money value, Kind kind) {
        return value == null ? this : numeric(column, value.amount().doubleValue(), kind);
    }

    RowWriter percent(int column, BigDecimal fraction) {
        return numeric(column, fraction.doubleValue(), Kind.PERCENT);
    }

    /** A fraction (0.97) shown as a percentage (97.0%). */
    RowWriter percent(int column, double fraction) {
        return numeric(column, fraction, Kind.PERCENT);
    }

    /** A figure the writer has worked out itself (a sum of money as a double), in a kind's number format. */
    RowWriter number(int column, double value, Kind kind) {
        return numeric(column, value, kind);
    }

    /** A real Excel date (a serial number with a date format), or nothing when null. */
    RowWriter date(int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.of(look, Kind.DATE));
        }
        return this;
    }

    /** A real Excel date shown as its month ("Jan 2027"), or nothing when null. */
    RowWriter month(int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.of(look, Kind.MONTH));
        }
        return this;
    }

    RowWriter dateTime(int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.of(look, Kind.DATE_TIME));
        }
        return this;
    }

    /**
     * A live formula built by this package from cell references (never from input text), without the '=', and
     * the value it computes, stored as the formula's cached result: Excel recalculates on open, but LibreOffice
     * (by default), previewers and readers of the file's values show the cached result as it is.
     */
    RowWriter formula(int column, String formula, Kind kind, double value) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(styles.of(look, kind));
        count(column, value);
        return this;
    }

    /** A zero standing in for the sum of no rows (a formula over an empty range would refer to itself). */
    RowWriter zero(int column, Kind kind) {
        return numeric(column, 0, kind);
    }

    /** A cell with this row's look and nothing in it, so a highlighted row reads as one band. */
    RowWriter blank(int column) {
        row.createCell(column).setCellStyle(styles.of(look, Kind.TEXT));
        return this;
    }

    /** A cell with another look and nothing in it: a Gantt bar, a legend swatch. */
    RowWriter blank(int column, Look cellLook) {
        row.createCell(column).setCellStyle(styles.of(cellLook, Kind.TEXT));
        return this;
    }

    /** Text in a cell of another look than the row's (a legend swatch), through the same text rule as {@link #text}. */
    RowWriter text(int column, String value, Look cellLook) {
        new RowWriter(row, styles, cellLook, null).text(column, value);
        return this;
    }

    /** A month heading in a cell of another look than the row's (the Gantt sheet's deadline column). */
    RowWriter month(int column, LocalDate value, Look cellLook) {
        new RowWriter(row, styles, cellLook, null).month(column, value);
        return this;
    }

    private RowWriter numeric(int column, double value, Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.of(look, kind));
        count(column, value);
        return this;
    }

    private void count(int column, double value) {
        if (tally != null && column < tally.length) {
            tally[column] += value;
        }
    }

    /** The text cut to what a cell holds, ending in an ellipsis, without splitting a surrogate pair. */
    private static String cut(String text) {
        int end = MAX_TEXT - CUT.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    private static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
