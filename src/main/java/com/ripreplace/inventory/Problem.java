package com.ripreplace.inventory;

import java.util.Objects;

/**
 * One thing wrong (an error) or worth knowing (a warning) about an input file, located as a person
 * finds it in a spreadsheet: file, sheet, 1-based row and column letter. Sheet, row and column are
 * null where they do not apply (a CSV file has no sheet; a damaged file has no row).
 *
 * @param columnName the header of the column as the file spells it, for the text report only
 */
public record Problem(String file, String sheet, Integer row, String column, String columnName, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Problem ofFile(String file, String message) {
        return new Problem(file, null, null, null, null, message);
    }

    /** Where the problem is, then what it is: {@code file › sheet › row 14 › column E (Quantity): message}. */
    public String describe() {
        StringBuilder where = new StringBuilder(file);
        if (sheet != null) {
            where.append(" › ").append(sheet);
        }
        if (row != null) {
            where.append(" › row ").append(row);
        }
        if (column != null) {
            where.append(" › column ").append(column);
            if (columnName != null && !columnName.isBlank()) {
                where.append(" (").append(columnName).append(')');
            }
        }
        return where.append(": ").append(message).toString();
    }
}
