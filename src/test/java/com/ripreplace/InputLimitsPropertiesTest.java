package com.ripreplace;

import com.ripreplace.inventory.InputLimits;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The input limits are bound once from ripreplace.limits; a limit not configured keeps its default. */
@MicronautTest(environments = "test", startApplication = false)
@Property(name = "ripreplace.limits.max-columns", value = "64")
@Property(name = "ripreplace.limits.max-unpacked-bytes", value = "1073741824")
class InputLimitsPropertiesTest {

    @Inject
    InputLimits limits;

    @Test
    void takesTheConfiguredLimitsAndTheDefaultsForTheRest() {
        InputLimits defaults = InputLimits.DEFAULTS;
        assertThat(limits).isEqualTo(new InputLimits(defaults.maxFileBytes(), defaults.maxRowsPerSheet(), 64,
                defaults.maxInflateRatio(), 1_073_741_824L, defaults.maxProblemsPerFile()));
    }
}
