package com.ripreplace.samples;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a generator wrote.
 *
 * @param file         the file written
 * @param sites        sites in the file (distinct Site IDs)
 * @param items        equipment lines (rows), whatever their quantity
 * @param coveredItems lines whose vendor is a Covered List entity (Huawei, ZTE, Hikvision, Dahua,
 *                     Hytera, DJI, Kaspersky); lookalikes such as H3C or ZTT are not counted
 */
public record GeneratedInventory(Path file, int sites, int items, int coveredItems) {

    public GeneratedInventory {
        Objects.requireNonNull(file, "file");
        if (sites < 0 || items < 0 || coveredItems < 0 || coveredItems > items) {
            throw new IllegalArgumentException("Counts must be non-negative and covered items at most items");
        }
    }
}
