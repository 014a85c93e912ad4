package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * One line of the audit log: who ({@code username}, {@code role}), when, what ({@code action} on {@code target},
 * with {@code detail}), from which address, and the carrier it concerns (null for the programme's own).
 */
@MappedEntity("audit_entry")
public record AuditRecord(@Id @GeneratedValue Long id, OffsetDateTime at, @Nullable String username,
                          @Nullable String role, @Nullable String carrierFrn, String action,
                          @Nullable String target, @Nullable String detail, @Nullable String address) {
}
