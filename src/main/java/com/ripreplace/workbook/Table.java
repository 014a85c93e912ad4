package com.ripreplace.workbook;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a sheet's table of data rows lies (a header row, then {@code rows} rows, then a totals row), so
 * formulas on any sheet can refer to its columns.
 *
 * @param firstRow the 0-based index of the first data row
 */
record Table(String sheet, int firstRow, int rows) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The table of a sheet whose header is its first row. */
    static Table belowHeader(String sheet, int rows) {
        return new Table(sheet, 1, rows);
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** The 0-based index of the row after the data: the totals row. */
    int totalsRow() {
        return firstRow + rows;
    }

    /** The 0-based index of the last data row (the header row when there are none). */
    int lastRow() {
        return firstRow + rows - 1;
    }

    /** The column's data cells as seen from another sheet ("Schedule!H2:H101"); empty when there are no rows. */
    Optional<String> column(int column) {
        return localColumn(column).map(range -> prefix(sheet) + range);
    }

    /** The column's data cells as seen from the same sheet ("H2:H101"); empty when there are no rows. */
    Optional<String> localColumn(int column) {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cell(firstRow, column) + ":" + cell(lastRow(), column));
    }

    /** The column's data cells as seen from another sheet, fixed ("Schedule!$F$2:$F$101"); empty when there are no rows. */
    Optional<String> fixedColumn(int column) {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(absolute(sheet, firstRow, column) + ":"
                + new CellReference(lastRow(), column, true, true).formatAsString(false));
    }

    /** One cell of a sheet as seen from another sheet, relative so it follows the row ("Waves!J2"). */
    static String relative(String sheet, int row, int column) {
        return prefix(sheet) + cell(row, column);
    }

    /** One cell of a sheet as seen from another sheet, fixed so it survives copying ("Summary!$B$12"). */
    static String absolute(String sheet, int row, int column) {
        return prefix(sheet) + new CellReference(row, column, true, true).formatAsString(false);
    }

    /** One cell as seen from the same sheet ("B12"). */
    static String cell(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** "Waves!", or "'Cost Plan'!" for a name Excel would misread unquoted. */
    private static String prefix(String sheet) {
        boolean plain = PLAIN_NAME.matcher(sheet).matches()
                && CellReference.classifyCellReference(sheet, SpreadsheetVersion.EXCEL2007) != CellReference.NameType.CELL;
        return plain ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
    }
}
