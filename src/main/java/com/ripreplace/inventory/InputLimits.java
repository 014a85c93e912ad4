package com.ripreplace.inventory;

import com.ripreplace.inventory.read.ReadLimits;

/**
 * Bounds that keep a hostile or broken file from exhausting memory, disk or time.
 *
 * @param maxFileBytes        largest file accepted, in bytes
 * @param maxRowsPerSheet     highest row number read on one sheet
 * @param maxColumns          highest column (1-based count) that may hold a value
 * @param maxInflateRatio     largest ratio of unpacked to packed size for a part of a workbook
 * @param maxUnpackedBytes    largest total unpacked size of all parts of a workbook
 * @param maxProblemsPerFile  problems listed per file before the rest are only counted
 */
public record InputLimits(long maxFileBytes, int maxRowsPerSheet, int maxColumns, int maxInflateRatio,
                          long maxUnpackedBytes, int maxProblemsPerFile) {

    /**
     * The defaults, given here and nowhere else: the service and the CLI change any of them through
     * {@code ripreplace.limits.*} (docs/inventory-import.md).
     */
    public static final InputLimits DEFAULTS =
            new InputLimits(200L * 1024 * 1024, 500_000, 256, 200, 2L * 1024 * 1024 * 1024, 500);

    public InputLimits {
        if (maxFileBytes <= 0 || maxRowsPerSheet <= 0 || maxColumns <= 0 || maxInflateRatio <= 0
                || maxUnpackedBytes <= 0 || maxProblemsPerFile <= 0) {
            throw new IllegalArgumentException("Every input limit must be positive");
        }
    }

    /** The bounds the file readers are held to. */
    public ReadLimits reading() {
        return new ReadLimits(maxFileBytes, maxColumns, maxInflateRatio, maxUnpackedBytes);
    }
}
