package com.ripreplace.api;

import com.ripreplace.persistence.PlanStore;
import com.ripreplace.service.ConflictException;
import com.ripreplace.service.PlanRequests;
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
import com.ripreplace.access.Viewer;
import com.ripreplace.service.CarrierScope;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

/**
 * Plans over HTTP: ask for one (202, solved in the background), watch it, download its workbook, cancel it,
 * start an interrupted one again, list them newest first.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanStore plans;
    private final JsonMapper json;
    private final CarrierScope scope;
    private final PlanRequests requests;

    PlanController(PlanStore plans, JsonMapper json, CarrierScope scope, PlanRequests requests) {
        this.plans = plans;
        this.json = json;
        this.scope = scope;
        this.requests = requests;
    }

    /** Queues a plan of the inventory with the settings given (all optional): 202 and where to watch it. */
    @ApiResponse(responseCode = "202", description = "Queued: {id, status}, Location: /api/plans/{id}")
    @ApiResponse(responseCode = "404", description = "No such inventory", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "A setting that cannot be used, named", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "The planning queue is full; Retry-After says when to try again", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "400", description = "Not JSON, or a setting of the wrong type", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Grant administrators do not plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post(uri = "/api/inventories/{inventoryId}/plans", consumes = MediaType.APPLICATION_JSON)
    @Secured({"ENGINEER", "FINANCE"})
    public HttpResponse<Accepted> create(@PathVariable long inventoryId, @Nullable @Body Settings settings,
                                         Authentication authentication, HttpRequest<?> request) {
        var plan = requests.plan(Viewers.of(authentication), inventoryId, settings, ClientAddress.of(request));
        return HttpResponse.accepted(URI.create("/api/plans/" + plan.id())).body(new Accepted(plan.id(), plan.status()));
    }

    /** The answer to a plan asked for: its id and state (QUEUED). */
    @io.micronaut.serde.annotation.Serdeable
    public record Accepted(long id, String status) {
    }

    /** Plans newest first, a page at a time; of one inventory with {@code inventoryId}. */
    @ApiResponse(responseCode = "422", description = "page or size out of bounds", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/api/plans")
    @Secured({"ENGINEER", "FINANCE"})
    public PageView<PlanView> list(@Nullable @QueryValue Long inventoryId, @QueryValue(defaultValue = "0") int page,
                                   @QueryValue(defaultValue = "20") int size, Authentication authentication) {
        PageView.check(page, size);
        Viewer viewer = Viewers.of(authentication);
        if (inventoryId != null) {
            scope.inventory(viewer, inventoryId);
        }
        return PageView.of(plans.page(viewer.carrierFrn(), inventoryId, page, size), p -> PlanView.of(p, json));
    }

    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/api/plans/{id}")
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public PlanView get(@PathVariable long id, Authentication authentication) {
        return PlanView.of(scope.plan(Viewers.of(authentication), id), json);
    }

    /** The plan workbook as an attachment, once the plan is DONE; 409 before. */
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan is not DONE", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get(uri = "/api/plans/{id}/workbook", produces = XLSX)
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public HttpResponse<?> workbook(@PathVariable long id, Authentication authentication) {
        var plan = scope.plan(Viewers.of(authentication), id);
        byte[] content = plans.workbook(id).orElseThrow(() -> new ConflictException("Plan " + id + " is "
                + plan.status() + "; its workbook can be downloaded once it is DONE."));
        return HttpResponse.ok(content).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".xlsx\"");
    }

    /** Cancels a queued or solving plan: 200 with its state (CANCELLED); 409 when it has already ended. */
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan has already ended", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Delete("/api/plans/{id}")
    @Secured({"ENGINEER", "FINANCE"})
    public PlanView cancel(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        return PlanView.of(requests.cancel(Viewers.of(authentication), id, ClientAddress.of(request)), json);
    }

    /** Starts an interrupted, failed or cancelled plan again with its settings: 202. */
    @ApiResponse(responseCode = "202", description = "Queued again: {id, status}")
    @ApiResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan is not interrupted, failed or cancelled", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "The planning queue is full", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post("/api/plans/{id}/restart")
    @Secured({"ENGINEER", "FINANCE"})
    public HttpResponse<Accepted> restart(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        var plan = requests.restart(Viewers.of(authentication), id, ClientAddress.of(request));
        return HttpResponse.accepted(URI.create("/api/plans/" + plan.id())).body(new Accepted(plan.id(), plan.status()));
    }
}
