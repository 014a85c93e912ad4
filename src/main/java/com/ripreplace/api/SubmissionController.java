package com.ripreplace.api;

import com.ripreplace.access.Viewer;
import com.ripreplace.service.Submissions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;

/**
 * Submissions for review: finance submits a finished plan of its carrier, grant administrators list, read and
 * decide them, finance reads its carrier's history. Another carrier's submission answers 404.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SubmissionController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Submissions submissions;
    private final JsonMapper json;

    SubmissionController(Submissions submissions, JsonMapper json) {
        this.submissions = submissions;
        this.json = json;
    }

    /** The optional body of a submission: a note for the reviewer, and the returned submission it answers. */
    @Serdeable
    public record Submit(@Nullable String note, @Nullable Long answers) {
    }

    /** The body of a decision: {@code {"decision": "APPROVED" | "RETURNED", "comment": ...}}. */
    @Serdeable
    public record Decide(@Nullable String decision, @Nullable String comment) {
    }

    @ApiResponse(responseCode = "201", description = "Submitted: the submission, Location: /api/submissions/{id}")
    @ApiResponse(responseCode = "403", description = "Only finance staff submit", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such plan of this carrier", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The plan is not DONE, was already submitted, or the submission it answers cannot be answered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post(uri = "/api/plans/{planId}/submission", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
    @Secured("FINANCE")
    public HttpResponse<SubmissionView> submit(@PathVariable long planId, @Nullable @Body Submit body,
                                               Authentication authentication, HttpRequest<?> request) {
        Viewer viewer = Viewers.of(authentication);
        var saved = submissions.submit(viewer, planId, body == null ? null : body.note(),
                body == null ? null : body.answers(), ClientAddress.of(request));
        return HttpResponse.created(SubmissionView.of(submissions.find(viewer, saved.id()), json),
                URI.create("/api/submissions/" + saved.id()));
    }

    /** Newest first; administrators see every carrier's (filter with {@code carrier}), others their own. */
    @ApiResponse(responseCode = "403", description = "Engineers do not read submissions", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "An unknown status, or page or size out of bounds", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/api/submissions")
    @Secured({"FINANCE", "GRANT_ADMIN"})
    public PageView<SubmissionView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String carrier,
                                         @QueryValue(defaultValue = "0") int page,
                                         @QueryValue(defaultValue = "20") int size, Authentication authentication) {
        PageView.check(page, size);
        return PageView.of(submissions.page(Viewers.of(authentication), carrier, status, page, size),
                r -> SubmissionView.of(r, json));
    }

    @ApiResponse(responseCode = "404", description = "No such submission (or another carrier's)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get("/api/submissions/{id}")
    @Secured({"FINANCE", "GRANT_ADMIN"})
    public SubmissionView get(@PathVariable long id, Authentication authentication) {
        return SubmissionView.of(submissions.find(Viewers.of(authentication), id), json);
    }

    /** The workbook exactly as it was submitted. */
    @ApiResponse(responseCode = "404", description = "No such submission (or another carrier's)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Get(uri = "/api/submissions/{id}/workbook", produces = XLSX)
    @Secured({"FINANCE", "GRANT_ADMIN"})
    public HttpResponse<byte[]> workbook(@PathVariable long id, Authentication authentication) {
        return HttpResponse.ok(submissions.workbook(Viewers.of(authentication), id)).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"submission-" + id + ".xlsx\"");
    }

    @ApiResponse(responseCode = "403", description = "Only grant administrators decide", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "Unknown decision, a return without a comment, or a comment too long", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @Post(uri = "/api/submissions/{id}/decision", consumes = MediaType.APPLICATION_JSON)
    @Secured("GRANT_ADMIN")
    public SubmissionView decide(@PathVariable long id, @Body Decide body, Authentication authentication,
                                 HttpRequest<?> request) {
        return SubmissionView.of(submissions.decide(Viewers.of(authentication), id, body.decision(), body.comment(),
                ClientAddress.of(request)), json);
    }
}
