package com.ripreplace.api;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every error the service answers: one sentence a person can act on. */
@Serdeable
public record ApiError(String message) {
}
