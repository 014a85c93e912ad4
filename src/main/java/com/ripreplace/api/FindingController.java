package com.ripreplace.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import com.ripreplace.access.Viewer;
import com.ripreplace.service.Findings;


/** An engineer confirms or dismisses a finding, with a reason; the decision is kept and shown with the line. */
@Controller("/api/inventories/{inventoryId}/items/{itemId}/finding")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FindingController {

    private final Findings findings;

    FindingController(Findings findings) {
        this.findings = findings;
    }

    /** The body of an override: {@code {"decision": "covered" | "not covered", "reason": "why"}}. */
    @Serdeable
    public record Decision(@Nullable String decision, @Nullable String reason) {
    }

    @ApiResponse(responseCode = "404", description = "No such inventory or line", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "Unknown decision or blank reason", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "400", description = "Not JSON", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Only engineers decide findings", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Put
    @Secured("ENGINEER")
    public HttpResponse<?> override(@PathVariable long inventoryId, @PathVariable long itemId, @Body Decision body,
                                    Authentication authentication, HttpRequest<?> request) {
        Viewer viewer = Viewers.of(authentication);
        Findings.Outcome outcome = findings.decide(viewer, inventoryId, itemId, body.decision(), body.reason(),
                ClientAddress.of(request));
        if (outcome instanceof Findings.Saved saved) {
            return HttpResponse.ok(InventoryViews.ItemView.of(saved.item()));
        }
        if (outcome instanceof Findings.NoSuchLine missing) {
            return HttpResponse.notFound(new ApiError(missing.message()));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(((Findings.Refused) outcome).message()));
    }
}
