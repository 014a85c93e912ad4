package com.ripreplace.inventory.read;

/**
 * The bounds reading a file is held to (the reading part of the inventory's input limits): file size,
 * columns, inflate ratio and unpacked size of a workbook.
 */
public record ReadLimits(long maxFileBytes, int maxColumns, int maxInflateRatio, long maxUnpackedBytes) {

    public ReadLimits {
        if (maxFileBytes <= 0 || maxColumns <= 0 || maxInflateRatio <= 0 || maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("Every read limit must be positive");
        }
    }
}
