package com.ripreplace.inventory.read;

import java.util.Optional;

/** One row of a sheet: its 1-based number and its non-blank cells, indexed by column. */
public final class RawRow {

    private final int number;
    private final RawCell[] cells;

    /** @param cells cells by 0-based column; null or blank entries mean an empty cell */
    public RawRow(int number, RawCell[] cells) {
        this.number = number;
        this.cells = cells;
    }

    public int number() {
        return number;
    }

    public Optional<RawCell> cell(int column) {
        return Optional.ofNullable(at(column));
    }

    /** The cell in {@code column}, or null when it is empty. */
    public RawCell at(int column) {
        if (column < 0 || column >= cells.length) {
            return null;
        }
        RawCell cell = cells[column];
        return cell == null || cell.isBlank() ? null : cell;
    }

    /** The cell's text trimmed, or "" when the cell is empty. */
    public String text(int column) {
        RawCell cell = at(column);
        return cell == null ? "" : cell.value().strip();
    }

    public int width() {
        return cells.length;
    }

    public boolean isBlank() {
        for (RawCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
