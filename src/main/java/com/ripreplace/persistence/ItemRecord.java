package com.ripreplace.persistence;

import com.ripreplace.covered.Finding;
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
                         @Nullable String overrideReason, @Nullable String coveredCategory, boolean mustReplace) {

    /** The same line with a new finding and the decision that produced it. */
    public ItemRecord withFinding(Finding finding, String decision, String decisionReason) {
        return new ItemRecord(id, inventoryId, sourceFile, sourceSheet, sourceRow, siteId, vendor, model, serial,
                category, quantity, purchaseDate, description, unitReplacementCost, mac, finding.covered(),
                finding.entity(), finding.confidence(), finding.needsReview(), finding.reason(), finding.reimbursable(),
                true, decision, decisionReason, finding.coveredCategory(), finding.mustReplace());
    }

    /** The finding as stored, for a line an engineer decided. */
    public Finding finding() {
        return new Finding(covered, entity, confidence, needsReview, reason, reimbursable, overridden, coveredCategory,
                mustReplace);
    }
}
