package com.ripreplace.api;

import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.Finding;
import com.ripreplace.covered.GearLine;
import com.ripreplace.covered.EngineerDecision;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.ItemRecord;
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
import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
import com.ripreplace.service.CarrierScope;

import java.util.Locale;
import java.util.Optional;

/** An engineer confirms or dismisses a finding, with a reason; the decision is kept and shown with the line. */
@Controller("/api/inventories/{inventoryId}/items/{itemId}/finding")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FindingController {

    private final InventoryStore store;
    private final InventoryCheck check;
    private final CarrierScope scope;
    private final Audit audit;

    FindingController(InventoryStore store, InventoryCheck check, CarrierScope scope, Audit audit) {
        this.store = store;
        this.check = check;
        this.scope = scope;
        this.audit = audit;
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
        scope.inventory(viewer, inventoryId);
        Optional<ItemRecord> found = store.item(inventoryId, itemId);
        if (found.isEmpty()) {
            return HttpResponse.notFound(new ApiError("Inventory " + inventoryId + " has no line of gear "
                    + itemId + "."));
        }
        Optional<EngineerDecision.Decision> decision = decision(body.decision());
        if (decision.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(
                    "decision must be 'covered' or 'not covered'; found '" + body.decision() + "'."));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(
                    "reason is required: say why the finding is confirmed or dismissed, for the grant reviewer."));
        }
        ItemRecord item = found.get();
        EngineerDecision override = new EngineerDecision(decision.get(), body.reason());
        Finding finding = check.reassess(new GearLine(item.vendor(), item.model(), item.description(), item.category(),
                item.mac(), item.purchaseDate()), Optional.of(override));
        ItemRecord saved = store.updateFinding(item.withFinding(finding.covered(), finding.entity(), finding.confidence(),
                finding.needsReview(), finding.reason(), finding.reimbursable(), override.decision().name(),
                override.reason()));
        audit.record(viewer, viewer.carrierFrn(), AuditAction.OVERRIDE, "inventory " + inventoryId + " line " + itemId,
                override.decision() + " (" + item.sourceFile() + (item.sourceSheet() == null ? "" : " › " + item.sourceSheet())
                        + " › row " + item.sourceRow() + "): " + override.reason(), ClientAddress.of(request));
        return HttpResponse.ok(InventoryViews.ItemView.of(saved));
    }

    private static Optional<EngineerDecision.Decision> decision(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (word) {
            case "covered", "confirm", "confirm covered", "confirmed" -> Optional.of(EngineerDecision.Decision.CONFIRM_COVERED);
            case "not covered", "dismiss", "dismissed" -> Optional.of(EngineerDecision.Decision.DISMISS);
            default -> Optional.empty();
        };
    }
}
