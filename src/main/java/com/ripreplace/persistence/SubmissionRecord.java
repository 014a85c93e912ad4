package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * A plan submitted for review, frozen as it was: its settings and result (JSON), the inventory's and the
 * workbook's SHA-256. {@code answersId} is the returned submission this one answers.
 */
@MappedEntity("submission")
public record SubmissionRecord(@Id @GeneratedValue Long id, String carrierFrn, @Nullable String carrierName,
                               Long planId, Long inventoryId, @Nullable Long answersId, String submittedBy,
                               OffsetDateTime submittedAt, @Nullable String note, String settings, String result,
                               String inventorySha256, String workbookSha256) {
}
