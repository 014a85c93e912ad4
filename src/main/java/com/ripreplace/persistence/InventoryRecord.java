package com.ripreplace.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@MappedEntity("inventory")
public record InventoryRecord(@Id @GeneratedValue Long id, OffsetDateTime createdAt, @io.micronaut.core.annotation.Nullable String carrierName,
                              @io.micronaut.core.annotation.Nullable String frn,
                              int siteCount, int itemCount, int coveredItemCount, int needsReviewCount,
                              int reimbursableItemCount,
                              @io.micronaut.core.annotation.Nullable String carrierFrn,
                              int mustReplaceItemCount, int categoryItemCount,
                              @io.micronaut.core.annotation.Nullable LocalDate coveredListAsOf,
                              @io.micronaut.core.annotation.Nullable String catalogVersion) {

    /** The same inventory with its lines' counts as they now are. */
    InventoryRecord withCounts(int covered, int needsReview, int reimbursable, int mustReplace, int category) {
        return new InventoryRecord(id, createdAt, carrierName, frn, siteCount, itemCount, covered, needsReview,
                reimbursable, carrierFrn, mustReplace, category, coveredListAsOf, catalogVersion);
    }
}
