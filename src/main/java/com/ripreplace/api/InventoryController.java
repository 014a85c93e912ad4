package com.ripreplace.api;

import com.ripreplace.check.CheckReport;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.service.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import com.ripreplace.access.Viewer;
import com.ripreplace.service.CarrierScope;
import com.ripreplace.service.Uploads;
import io.micronaut.http.HttpRequest;


import java.io.IOException;
import java.net.URI;

/**
 * Inventories over HTTP: upload (all or nothing), list, read back, read the lines of gear a page at a time.
 * An engineer uploads for their carrier; engineers and finance staff read their carrier's; a grant administrator
 * reads only inventories a carrier submitted.
 */
@Controller("/api/inventories")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InventoryController {

    private final Uploads uploads;
    private final InventoryStore store;
    private final CarrierScope scope;

    InventoryController(Uploads uploads, InventoryStore store, CarrierScope scope) {
        this.uploads = uploads;
        this.store = store;
        this.scope = scope;
    }

    /**
     * Checks the uploaded files as one inventory; stores it and answers 201 with its summary and a link to its
     * lines, or answers 422 with the errors and stores nothing.
     */
    @ApiResponse(responseCode = "201", description = "Stored: the inventory's id, counts, warnings and links (Location: /api/inventories/{id})")
    @ApiResponse(responseCode = "422", description = "The inventory cannot be used: message, errors (file, sheet, row, column) and warnings; nothing stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "400", description = "No file part was sent", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "The upload is larger than the service accepts", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "415", description = "Not multipart/form-data", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Only engineers upload", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Secured("ENGINEER")
    public HttpResponse<?> upload(@Body MultipartBody body, Authentication authentication, HttpRequest<?> request)
            throws IOException {
        Viewer viewer = Viewers.of(authentication);
        try (UploadedFiles uploaded = UploadedFiles.receive(body)) {
            if (uploaded.files().isEmpty()) {
                return HttpResponse.badRequest(new ApiError(
                        "Upload at least one inventory file (.xlsx, .xls or .csv) as a multipart file part."));
            }
            Uploads.Outcome outcome = uploads.upload(viewer, uploaded.files(), ClientAddress.of(request));
            if (!outcome.stored()) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(InventoryViews.Refused.of(outcome.result()));
            }
            long id = outcome.id();
            return HttpResponse.created(InventoryViews.Created.of(id, outcome.result(), viewer.carrierFrn(), outcome.notes()), URI.create("/api/inventories/" + id));
        }
    }

    /** The stored inventories, newest first, a page at a time (page 0 first). */
    @ApiResponse(responseCode = "422", description = "page or size out of bounds", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get
    @Secured({"ENGINEER", "FINANCE"})
    public PageView<InventoryViews.Listed> list(@QueryValue(defaultValue = "0") int page,
                                                @QueryValue(defaultValue = "20") int size,
                                                Authentication authentication) {
        PageView.check(page, size);
        return PageView.of(store.inventories(Viewers.of(authentication).carrierFrn(), page, size),
                InventoryViews.Listed::of);
    }

    @ApiResponse(responseCode = "404", description = "No such inventory", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a number", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/{id}")
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public InventoryViews.InventoryView get(@PathVariable long id, Authentication authentication) {
        scope.inventory(Viewers.of(authentication), id);
        return store.find(id).map(InventoryViews.InventoryView::of).orElseThrow(() -> NotFoundException.inventory(id));
    }

    /** The sites, a page at a time, in the order they were read. */
    @ApiResponse(responseCode = "404", description = "No such inventory", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "page or size out of bounds", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/{id}/sites")
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public PageView<CheckReport.SiteEntry> sites(@PathVariable long id, @QueryValue(defaultValue = "0") int page,
                                                 @QueryValue(defaultValue = "100") int size,
                                                 Authentication authentication) {
        PageView.check(page, size);
        scope.inventory(Viewers.of(authentication), id);
        return store.sites(id, page, size).map(p -> PageView.of(p, InventoryViews::site))
                .orElseThrow(() -> NotFoundException.inventory(id));
    }

    /** The lines of gear, a page at a time, optionally only covered ones, ones to review, or one site's. */
    @ApiResponse(responseCode = "404", description = "No such inventory", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "page or size out of bounds", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/{id}/items")
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public PageView<InventoryViews.ItemView> items(@PathVariable long id, @Nullable @QueryValue Boolean covered,
                                                   @Nullable @QueryValue Boolean needsReview,
                                                   @Nullable @QueryValue String site,
                                                   @QueryValue(defaultValue = "0") int page,
                                                   @QueryValue(defaultValue = "100") int size,
                                                   Authentication authentication) {
        PageView.check(page, size);
        scope.inventory(Viewers.of(authentication), id);
        return store.items(id, new InventoryStore.ItemFilter(covered, needsReview, site), page, size)
                .map(p -> PageView.of(p, InventoryViews.ItemView::of))
                .orElseThrow(() -> NotFoundException.inventory(id));
    }
}
