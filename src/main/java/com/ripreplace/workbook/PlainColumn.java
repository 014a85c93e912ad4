package com.ripreplace.workbook;

import java.util.Objects;

/**
 * A column known only when the plan is (a cost category on the Cost Plan sheet, a wave on the Gantt sheet),
 * where the other sheets use an enum.
 *
 * @param ordinal 0-based position
 * @param header  the header text, written through the text rule like every other text
 */
record PlainColumn(int ordinal, String header, int width) implements SheetColumn {

    PlainColumn {
        if (ordinal < 0) {
            throw new IllegalArgumentException("A column's position is 0 or more, was " + ordinal);
        }
        Objects.requireNonNull(header, "header");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("A column is 1 to 255 characters wide, was " + width);
        }
    }
}
