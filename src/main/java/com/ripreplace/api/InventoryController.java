package com.ripreplace.api;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.persistence.InventoryStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.net.URI;

/** Inventories over HTTP: upload (all or nothing), read back, read back the lines of gear. */
@Controller("/api/inventories")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InventoryController {

    private final InventoryCheck check;
    private final InventoryStore store;

    InventoryController(InventoryCheck check, InventoryStore store) {
        this.check = check;
        this.store = store;
    }

    /**
     * Checks the uploaded files as one inventory; stores it and answers 201 with the report, or answers
     * 422 with the report's errors and stores nothing.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> upload(@Body MultipartBody body) throws IOException {
        try (UploadedFiles uploaded = UploadedFiles.receive(body)) {
            if (uploaded.files().isEmpty()) {
                return HttpResponse.badRequest(new InventoryViews.Message(
                        "Upload at least one inventory file (.xlsx, .xls or .csv) as a multipart file part."));
            }
            CheckResult result = check.run(uploaded.files());
            if (!result.usable()) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(result.report());
            }
            long id = store.save(result);
            return HttpResponse.created(InventoryViews.Created.of(id, result.report()),
                    URI.create("/api/inventories/" + id));
        }
    }

    @Get("/{id}")
    public HttpResponse<?> get(@PathVariable long id) {
        return store.find(id).<HttpResponse<?>>map(s -> HttpResponse.ok(InventoryViews.InventoryView.of(s)))
                .orElseGet(() -> notFound(id));
    }

    @Get("/{id}/items")
    public HttpResponse<?> items(@PathVariable long id) {
        return store.items(id).<HttpResponse<?>>map(list -> HttpResponse.ok(list.stream()
                        .map(InventoryViews.ItemView::of).toList()))
                .orElseGet(() -> notFound(id));
    }

    private static HttpResponse<?> notFound(long id) {
        return HttpResponse.notFound(new InventoryViews.Message("No inventory has id " + id + "."));
    }
}
