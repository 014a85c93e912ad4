package com.ripreplace.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One line of gear as the inventory gives it: a model at a site, in some quantity.
 *
 * @param unitReplacementCost the carrier's own figure, or null to use the cost catalog
 * @param override            the engineer's decision cell ("covered: ...", "not covered: ..."), or null
 * @param notes               values of columns the reader does not know, by their header
 */
public record EquipmentLine(SourceRef source, String siteId, String vendor, String model, String serial,
                            String category, int quantity, LocalDate purchaseDate, String description,
                            BigDecimal unitReplacementCost, String mac, CellText override,
                            Map<String, String> notes) {

    public EquipmentLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(siteId, "siteId");
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity must be at least 1");
        }
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }

    /** A cell's text with the column letter it came from, so a later check can point at it. */
    public record CellText(String text, String column) {
    }
}
