package com.ripreplace;

import com.ripreplace.inventory.InputLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * The input limits as configured under {@code ripreplace.limits} (application.yml, a system property, the
 * environment). A limit left unconfigured keeps its default, and the defaults live in one place only:
 * {@link InputLimits#DEFAULTS}.
 */
@ConfigurationProperties("ripreplace.limits")
record InputLimitsProperties(@Nullable Long maxFileBytes, @Nullable Integer maxRowsPerSheet,
                             @Nullable Integer maxColumns, @Nullable Integer maxInflateRatio,
                             @Nullable Long maxUnpackedBytes, @Nullable Integer maxProblemsPerFile) {

    /** The limits the domain is given: each one as configured, else its default. */
    InputLimits limits() {
        InputLimits defaults = InputLimits.DEFAULTS;
        return new InputLimits(Objects.requireNonNullElse(maxFileBytes, defaults.maxFileBytes()),
                Objects.requireNonNullElse(maxRowsPerSheet, defaults.maxRowsPerSheet()),
                Objects.requireNonNullElse(maxColumns, defaults.maxColumns()),
                Objects.requireNonNullElse(maxInflateRatio, defaults.maxInflateRatio()),
                Objects.requireNonNullElse(maxUnpackedBytes, defaults.maxUnpackedBytes()),
                Objects.requireNonNullElse(maxProblemsPerFile, defaults.maxProblemsPerFile()));
    }
}
