package com.ripreplace.inventory.read;


import java.util.Arrays;

/**
 * Gathers the cells of one row into a column-indexed array, refusing a value past the column limit
 * so that a sheet claiming thousands of columns cannot make the reader allocate for them.
 */
final class CellCollector {

    private final String file;
    private final String sheet;
    private final int maxColumns;
    private RawCell[] cells = new RawCell[16];
    private int width;

    CellCollector(String file, String sheet, int maxColumns) {
        this.file = file;
        this.sheet = sheet;
        this.maxColumns = maxColumns;
    }

    void add(int rowNumber, int column, CellKind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (column >= maxColumns) {
            throw new SheetReadException(new ReadProblem(file, sheet, rowNumber, RawCell.columnLetter(column),
                    "This sheet has a value in column " + RawCell.columnLetter(column) + " (column " + (column + 1)
                            + "); at most " + maxColumns + " columns are read. Delete the stray columns or raise"
                            + " the limit ripreplace.limits.max-columns."));
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = new RawCell(column, kind, value);
        width = Math.max(width, column + 1);
    }

    RawRow finish(int rowNumber) {
        RawRow row = new RawRow(rowNumber, Arrays.copyOf(cells, width));
        Arrays.fill(cells, 0, width, null);
        width = 0;
        return row;
    }
}
