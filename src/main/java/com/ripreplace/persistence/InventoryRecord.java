package com.ripreplace.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

@MappedEntity("inventory")
public record InventoryRecord(@Id @GeneratedValue Long id, OffsetDateTime createdAt, @io.micronaut.core.annotation.Nullable String carrierName,
                              @io.micronaut.core.annotation.Nullable String frn,
                              int siteCount, int itemCount, int coveredItemCount, int needsReviewCount,
                              int reimbursableItemCount,
                              @io.micronaut.core.annotation.Nullable String carrierFrn) {
}
