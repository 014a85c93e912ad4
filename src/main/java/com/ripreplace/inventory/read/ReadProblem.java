package com.ripreplace.inventory.read;

import java.util.Objects;

/**
 * Why a file or sheet cannot be read further, located as a person finds it: file, sheet, 1-based row and
 * column letter (sheet, row and column null where they do not apply). The reader's own record, so that
 * reading cells knows nothing of the inventory built from them; the inventory turns it into its
 * {@code Problem}.
 */
public record ReadProblem(String file, String sheet, Integer row, String column, String message) {

    public ReadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static ReadProblem ofFile(String file, String message) {
        return new ReadProblem(file, null, null, null, message);
    }

    /** Where, then what: {@code file › sheet › row 14 › column E: message}. */
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
        }
        return where.append(": ").append(message).toString();
    }
}
