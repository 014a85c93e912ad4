package com.ripreplace.inventory.read;

import java.util.Arrays;
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
        if (column < 0 || column >= cells.length || cells[column] == null || cells[column].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(cells[column]);
    }

    /** The cell's text trimmed, or "" when the cell is empty. */
    public String text(int column) {
        return cell(column).map(c -> c.value().strip()).orElse("");
    }

    public int width() {
        return cells.length;
    }

    public boolean isBlank() {
        return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
    }
}
