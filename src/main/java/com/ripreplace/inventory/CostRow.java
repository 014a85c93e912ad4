package com.ripreplace.inventory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of an inventory's {@code Costs} sheet: the carrier's own figures for a category of gear.
 * A null figure keeps the cost catalog's.
 */
public record CostRow(String category, BigDecimal unit, BigDecimal installation, BigDecimal removal,
                      BigDecimal disposal, Integer leadTimeDays, SourceRef source) {

    public CostRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
    }
}
