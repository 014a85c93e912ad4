package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

@MappedEntity("inventory_item")
public record ItemRecord(@Id @GeneratedValue Long id, Long inventoryId, String sourceFile,
                         @Nullable String sourceSheet, int sourceRow, String siteId, @Nullable String vendor,
                         @Nullable String model, @Nullable String serial, @Nullable String category, int quantity,
                         @Nullable LocalDate purchaseDate, @Nullable String description,
                         @Nullable BigDecimal unitReplacementCost, @Nullable String mac, boolean covered,
                         @Nullable String entity, double confidence, boolean needsReview, String reason,
                         boolean reimbursable, boolean overridden, @Nullable String overrideDecision,
                         @Nullable String overrideReason) {

    /** The same line with a new finding and the decision that produced it. */
    public ItemRecord withFinding(boolean covered, String entity, double confidence, boolean needsReview, String reason,
                                  boolean reimbursable, String decision, String decisionReason) {
        return new ItemRecord(id, inventoryId, sourceFile, sourceSheet, sourceRow, siteId, vendor, model, serial,
                category, quantity, purchaseDate, description, unitReplacementCost, mac, covered, entity, confidence,
                needsReview, reason, reimbursable, true, decision, decisionReason);
    }
}
