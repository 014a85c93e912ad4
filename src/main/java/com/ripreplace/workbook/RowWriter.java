package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
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

    private RowWriter(Row row, Styles styles, Look look) {
        this.row = row;
        this.styles = styles;
        this.look = look;
    }

    static RowWriter on(Sheet sheet, int rowIndex, Styles styles, Look look) {
        return new RowWriter(sheet.createRow(rowIndex), styles, look);
    }

    /** The 1-based row number a spreadsheet shows, for formulas that refer to this row. */
    int number() {
        return row.getRowNum() + 1;
    }

    /** A string cell, never a formula; null leaves the cell out; text longer than a cell holds is cut. */
    RowWriter text(int column, String value) {
        if (value == null) {
            return this;
        }
        String fitted = value.length() <= MAX_TEXT ? value : cut(value);
        Cell cell = row.createCell(column);
        cell.setCellValue(fitted);
        cell.setCellStyle(styles.of(look, looksLikeAFormula(fitted) ? Kind.QUOTED_TEXT : Kind.TEXT));
        return this;
    }

    RowWriter yesNo(int column, boolean value) {
        return text(column, value ? "Yes" : "No");
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

    /** A real Excel date (a serial number with a date format), or nothing when null. */
    RowWriter date(int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.of(look, Kind.DATE));
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

    /** A live formula built by this package from cell references (never from input text), without the '='. */
    RowWriter formula(int column, String formula, Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.of(look, kind));
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

    private RowWriter numeric(int column, double value, Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.of(look, kind));
        return this;
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
