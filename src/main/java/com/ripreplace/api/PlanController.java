package com.ripreplace.api;

import com.ripreplace.persistence.PlanStore;
import com.ripreplace.service.ConflictException;
import com.ripreplace.service.NotFoundException;
import com.ripreplace.service.PlanJobs;
import com.ripreplace.service.Settings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;

/**
 * Plans over HTTP: ask for one (202, solved in the background), watch it, download its workbook, cancel it,
 * start an interrupted one again, list them newest first.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanJobs jobs;
    private final PlanStore plans;
    private final JsonMapper json;

    PlanController(PlanJobs jobs, PlanStore plans, JsonMapper json) {
        this.jobs = jobs;
        this.plans = plans;
        this.json = json;
    }

    /** Queues a plan of the inventory with the settings given (all optional): 202 and where to watch it. */
    @ApiResponse(responseCode = "202", description = "Queued: {id, status}, Location: /api/plans/{id}")
    @ApiResponse(responseCode = "404", description = "No such inventory", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "A setting that cannot be used, named", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "The planning queue is full; Retry-After says when to try again", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "400", description = "Not JSON, or a setting of the wrong type", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post(uri = "/api/inventories/{inventoryId}/plans", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<Accepted> create(@PathVariable long inventoryId, @Nullable @Body Settings settings) {
        var plan = jobs.submit(inventoryId, settings == null ? Settings.NONE : settings);
        return HttpResponse.accepted(URI.create("/api/plans/" + plan.id())).body(new Accepted(plan.id(), plan.status()));
    }

    /** The answer to a plan asked for: its id and state (QUEUED). */
    @io.micronaut.serde.annotation.Serdeable
    public record Accepted(long id, String status) {
    }

    /** Plans newest first, a page at a time; of one inventory with {@code inventoryId}. */
    @ApiResponse(responseCode = "422", description = "page or size out of bounds", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/api/plans")
    public PageView<PlanView> list(@Nullable @QueryValue Long inventoryId, @QueryValue(defaultValue = "0") int page,
                                   @QueryValue(defaultValue = "20") int size) {
        PageView.check(page, size);
        return PageView.of(plans.page(inventoryId, page, size), p -> PlanView.of(p, json));
    }

    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/api/plans/{id}")
    public PlanView get(@PathVariable long id) {
        return PlanView.of(plans.find(id).orElseThrow(() -> NotFoundException.plan(id)), json);
    }

    /** The plan workbook as an attachment, once the plan is DONE; 409 before. */
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan is not DONE", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get(uri = "/api/plans/{id}/workbook", produces = XLSX)
    public HttpResponse<?> workbook(@PathVariable long id) {
        var plan = plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
        byte[] content = plans.workbook(id).orElseThrow(() -> new ConflictException("Plan " + id + " is "
                + plan.status() + "; its workbook can be downloaded once it is DONE."));
        return HttpResponse.ok(content).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".xlsx\"");
    }

    /** Cancels a queued or solving plan: 200 with its state (CANCELLED); 409 when it has already ended. */
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan has already ended", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Delete("/api/plans/{id}")
    public PlanView cancel(@PathVariable long id) {
        return PlanView.of(jobs.cancel(id), json);
    }

    /** Starts an interrupted, failed or cancelled plan again with its settings: 202. */
    @ApiResponse(responseCode = "202", description = "Queued again: {id, status}")
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan is not interrupted, failed or cancelled", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "The planning queue is full", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post("/api/plans/{id}/restart")
    public HttpResponse<Accepted> restart(@PathVariable long id) {
        var plan = jobs.restart(id);
        return HttpResponse.accepted(URI.create("/api/plans/" + plan.id())).body(new Accepted(plan.id(), plan.status()));
    }
}
