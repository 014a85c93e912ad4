package com.ripreplace.cost;

import com.ripreplace.inventory.SourceRef;

import java.util.Objects;

/**
 * One figure of a site's estimate, traceable to what produced it.
 *
 * @param source          the inventory row of the line of gear, or null for a per-site cost
 * @param eligibleAmount  the part of {@code amount} the programme can reimburse (before the funding factor)
 * @param basis           where the figure comes from: the catalog line or the carrier's own figure
 */
public record CostLine(String siteId, SourceRef source, String category, CostKind kind, int quantity, Money unitAmount,
                       Money amount, Money eligibleAmount, String basis) {

    public CostLine {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(kind, "kind");
        if (eligibleAmount.compareTo(amount) > 0 || eligibleAmount.isNegative()) {
            throw new IllegalArgumentException("The eligible part of a cost line lies between zero and its amount");
        }
    }
}
