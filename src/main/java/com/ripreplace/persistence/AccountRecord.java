package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A person who signs in, as stored: the password only as its bcrypt hash. */
@MappedEntity("account")
public record AccountRecord(@Id @GeneratedValue Long id, String username, String passwordHash, String role,
                            @Nullable String carrierFrn, boolean enabled, OffsetDateTime createdAt,
                            int failedSignIns, @Nullable OffsetDateTime lockedUntil,
                            OffsetDateTime tokensValidFrom) {

    /** Never prints the hash. */
    @Override
    public String toString() {
        return "AccountRecord[" + username + ", " + role + (carrierFrn == null ? "" : ", carrier " + carrierFrn)
                + (enabled ? "" : ", disabled") + "]";
    }
}
