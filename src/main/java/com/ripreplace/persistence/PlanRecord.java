package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * A plan asked for over HTTP, as stored: its settings (JSON as sent), its state, its best score so far and,
 * once done, its result summary (JSON). The workbook is kept apart ({@link PlanWorkbookRecord}).
 */
@MappedEntity("plan_job")
public record PlanRecord(@Id @GeneratedValue Long id, Long inventoryId, String status, String settings,
                         OffsetDateTime createdAt, @Nullable OffsetDateTime startedAt,
                         @Nullable OffsetDateTime finishedAt, @Nullable String stage,
                         @Nullable String bestScore, @Nullable Boolean feasible,
                         @Nullable String result, @Nullable String message, @Nullable String carrierFrn,
                         @Nullable String createdBy) {
}
