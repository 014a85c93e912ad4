package com.ripreplace.inventory;

/** Where a record was read: file, sheet (null for CSV) and 1-based row. */
public record SourceRef(String file, String sheet, int row) {
}
