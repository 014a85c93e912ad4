package com.ripreplace.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * Column widths that fit the text written, measured as it is written (a streamed sheet cannot measure its
 * cells afterwards): never narrower than the column's own width, never wider than a cap, so one long value
 * cannot push the rest of the sheet off the page.
 */
final class FittedWidths {

    /** Room either side of the text, in characters. */
    private static final int PADDING = 2;
    /** Capitals and digits run wider than the "0" a column's width is counted in. */
    private static final double WIDER_THAN_ZERO = 1.15;

    private final Map<Integer, Integer> longest = new HashMap<>();

    /** Notes a text written in a column; null is nothing. */
    void see(SheetColumn column, String text) {
        if (text != null) {
            longest.merge(column.index(), text.length(), Math::max);
        }
    }

    /** The width that fits the column's longest text, between its own width and {@code cap} characters. */
    int width(SheetColumn column, int cap) {
        int fitted = (int) Math.ceil(longest.getOrDefault(column.index(), 0) * WIDER_THAN_ZERO) + PADDING;
        return Math.max(column.width(), Math.min(cap, fitted));
    }
}
