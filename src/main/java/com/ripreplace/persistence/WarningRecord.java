package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("inventory_warning")
public record WarningRecord(@Id @GeneratedValue Long id, Long inventoryId, String sourceFile,
                            @Nullable String sourceSheet, @Nullable Integer sourceRow, @Nullable String columnRef,
                            String message) {
}
