package com.ripreplace.web;

import com.ripreplace.access.Viewer;
import com.ripreplace.api.ClientAddress;
import com.ripreplace.api.SubmissionView;
import com.ripreplace.api.Viewers;
import com.ripreplace.service.ConflictException;
import com.ripreplace.service.InvalidSettingsException;
import com.ripreplace.service.Submissions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The grant administrators' pages: the queue of every carrier's submissions and one submission to review, shown
 * from what was frozen when it was submitted, with the decision form and the carrier's history.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("GRANT_ADMIN")
public class ReviewPages {

    static final List<String> STATUSES = List.of("SUBMITTED", "RETURNED", "APPROVED");

    private final Submissions submissions;
    private final JsonMapper json;

    ReviewPages(Submissions submissions, JsonMapper json) {
        this.submissions = submissions;
        this.json = json;
    }

    @Get(uri = "/review{?status,page}", produces = MediaType.TEXT_HTML)
    @View("review-queue")
    public Map<String, Object> queue(@Nullable @QueryValue String status, @Nullable @QueryValue String page,
                                     Authentication authentication) {
        String chosen = status == null || !STATUSES.contains(status.toUpperCase(Locale.ROOT)) ? ""
                : status.toUpperCase(Locale.ROOT);
        int number = Pager.number(page);
        var found = submissions.page(Viewers.of(authentication), null, chosen, number - 1, PlanPages.PAGE_SIZE);
        Map<String, Object> model = PlanPages.model();
        model.put("submissions", found.getContent().stream().map(r -> SubmissionView.of(r, json)).toList());
        model.put("status", chosen);
        model.put("statuses", STATUSES);
        model.put("pager", Pager.of(number, found.getTotalPages(), found.getTotalSize(), chosen.isEmpty() ? "/review"
                : "/review?status=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8)));
        return model;
    }

    @Get(uri = "/review/{id}", produces = MediaType.TEXT_HTML)
    @View("review")
    public Map<String, Object> review(@PathVariable long id, Authentication authentication) {
        Viewer viewer = Viewers.of(authentication);
        SubmissionView submission = SubmissionView.of(submissions.find(viewer, id), json);
        Map<String, Object> model = PlanPages.model();
        model.put("submission", submission);
        model.put("result", submission.result());
        model.put("chartData", submission.result() == null ? "" : waves(submission));
        model.put("history", submissions.page(viewer, submission.carrier(), null, 0, 100).getContent().stream()
                .map(r -> SubmissionView.of(r, json)).toList());
        model.put("comment", "");
        return model;
    }

    /** Approves or returns the submission; a refusal (no comment to return, decided already) shows the page again. */
    @Post(uri = "/review/{id}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> decide(@PathVariable long id, @Body Map<String, String> body, Authentication authentication,
                                  HttpRequest<?> request) {
        Viewer viewer = Viewers.of(authentication);
        try {
            submissions.decide(viewer, id, body.get("decision"), body.get("comment"), ClientAddress.of(request));
            return HttpResponse.seeOther(URI.create("/review/" + id));
        } catch (InvalidSettingsException | ConflictException e) {
            Map<String, Object> model = review(id, authentication);
            model.put("decisionError", e.getMessage());
            model.put("comment", body.getOrDefault("comment", ""));
            return HttpResponse.status(e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("review", model));
        }
    }

    private String waves(SubmissionView submission) {
        try {
            return json.writeValueAsString(submission.result().waves());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
