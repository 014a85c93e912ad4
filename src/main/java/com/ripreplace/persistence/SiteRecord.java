package com.ripreplace.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A site as stored; lists are kept as comma-separated text (ids never hold commas once read). */
@MappedEntity("inventory_site")
public record SiteRecord(@Id @GeneratedValue Long id, Long inventoryId, String siteId, @io.micronaut.core.annotation.Nullable String siteName,
                         @io.micronaut.core.annotation.Nullable Double latitude, @io.micronaut.core.annotation.Nullable Double longitude, @io.micronaut.core.annotation.Nullable String state, @io.micronaut.core.annotation.Nullable String siteType, boolean critical,
                         @io.micronaut.core.annotation.Nullable Integer subscribers, String dependsOn, String accessMonths, @io.micronaut.core.annotation.Nullable LocalDate earliestStart) {
}
