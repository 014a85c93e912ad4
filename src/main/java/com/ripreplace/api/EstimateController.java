package com.ripreplace.api;

import com.ripreplace.service.Estimates;
import com.ripreplace.service.Settings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The cost estimate of a stored inventory, with any programme setting overridden as a query parameter. */
@Controller("/api/inventories/{id}/estimate")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EstimateController {

    private final Estimates estimates;
    private final com.ripreplace.service.CarrierScope scope;

    EstimateController(Estimates estimates, com.ripreplace.service.CarrierScope scope) {
        this.estimates = estimates;
        this.scope = scope;
    }

    @ApiResponse(responseCode = "404", description = "No such inventory", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "A setting that cannot be used, named", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "400", description = "A setting of the wrong type", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Only finance staff estimate", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get
    @io.micronaut.security.annotation.Secured("FINANCE")
    public EstimateView estimate(io.micronaut.security.authentication.Authentication authentication,
                                 @PathVariable long id, @Nullable @QueryValue BigDecimal fundingFactor,
                                 @Nullable @QueryValue BigDecimal allocation,
                                 @Nullable @QueryValue Integer reimbursementLagDays,
                                 @Nullable @QueryValue BigDecimal startingCash,
                                 @Nullable @QueryValue BigDecimal budgetPerWave, @Nullable @QueryValue String waveLength,
                                 @Nullable @QueryValue LocalDate planningStart, @Nullable @QueryValue LocalDate deadline,
                                 @Nullable @QueryValue Integer leadTimeDays, @Nullable @QueryValue Integer crews,
                                 @Nullable @QueryValue Integer sitesPerCrewPerWave) {
        scope.inventory(Viewers.of(authentication), id);
        Settings settings = new Settings(null, null, fundingFactor, allocation, reimbursementLagDays, startingCash,
                budgetPerWave, waveLength, planningStart, deadline, leadTimeDays, crews, sitesPerCrewPerWave);
        return EstimateView.of(id, estimates.estimate(id, settings.overrides()));
    }
}
