package com.ripreplace.web;

import com.ripreplace.access.Viewer;
import com.ripreplace.api.ClientAddress;
import com.ripreplace.api.EstimateView;
import com.ripreplace.api.PlanView;
import com.ripreplace.api.Viewers;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.persistence.PlanStore;
import com.ripreplace.service.CarrierScope;
import com.ripreplace.service.ConflictException;
import com.ripreplace.service.Estimates;
import com.ripreplace.service.InvalidSettingsException;
import com.ripreplace.service.PlanRequests;
import com.ripreplace.service.Settings;
import com.ripreplace.service.Submissions;
import com.ripreplace.persistence.SubmissionStore;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The money side of a carrier's inventory, as pages: the cost estimate, the plan form, the carrier's plans, one
 * plan (its progress while it solves, its result when done), submitting it for review and the submission history.
 * Each page asks the same services the API does, so a page shows nothing the API would not answer.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanPages {

    static final int PAGE_SIZE = 20;

    private final Estimates estimates;
    private final CarrierScope scope;
    private final PlanRequests requests;
    private final PlanStore plans;
    private final Submissions submissions;
    private final SubmissionStore submitted;
    private final JsonMapper json;

    /** Sites in the estimate's table a page at a time (the totals above it cover them all). */
    static final int SITES_PER_PAGE = 50;

    PlanPages(Estimates estimates, CarrierScope scope, PlanRequests requests, PlanStore plans, Submissions submissions,
              SubmissionStore submitted, JsonMapper json) {
        this.submitted = submitted;
        this.estimates = estimates;
        this.scope = scope;
        this.requests = requests;
        this.plans = plans;
        this.submissions = submissions;
        this.json = json;
    }

    @Get(uri = "/inventories/{id}/estimate", produces = MediaType.TEXT_HTML)
    @Secured("FINANCE")
    @View("estimate")
    public Map<String, Object> estimate(@PathVariable long id, @Nullable @QueryValue String sitesPage,
                                        Authentication authentication) {
        scope.inventory(Viewers.of(authentication), id);
        Map<String, Object> model = model();
        EstimateView estimate = EstimateView.of(id, estimates.estimate(id, ProgramTerms.Overrides.NONE));
        model.put("estimate", estimate);
        int totalSites = estimate.sites().size();
        int totalPages = Math.max(1, (totalSites + SITES_PER_PAGE - 1) / SITES_PER_PAGE);
        int number = Math.min(Pager.number(sitesPage), totalPages);
        int from = (number - 1) * SITES_PER_PAGE;
        int to = Math.min(totalSites, from + SITES_PER_PAGE);
        model.put("sites", estimate.sites().subList(from, to));
        model.put("sitesPager", Pager.of(number, totalPages, totalSites, "/inventories/" + id + "/estimate",
                "sitesPage", "#sites-title"));
        model.put("firstSite", to == from ? 0 : from + 1);
        model.put("lastSite", to);
        return model;
    }

    @Get(uri = "/inventories/{id}/plan", produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE"})
    @View("plan-form")
    public Map<String, Object> planForm(@PathVariable long id, Authentication authentication) {
        scope.inventory(Viewers.of(authentication), id);
        return formModel(id, PlanForm.EMPTY, null);
    }

    /** Queues the plan as {@code POST /api/inventories/{id}/plans} does; unusable settings show the form again (422). */
    @Post(uri = "/inventories/{id}/plan", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE"})
    public HttpResponse<?> plan(@PathVariable long id, @Body Map<String, String> body, Authentication authentication,
                                HttpRequest<?> request) {
        Viewer viewer = Viewers.of(authentication);
        scope.inventory(viewer, id);
        PlanForm form = PlanForm.of(body);
        try {
            var plan = requests.plan(viewer, id, form.settings(), ClientAddress.of(request));
            return HttpResponse.seeOther(URI.create("/plans/" + plan.id()));
        } catch (InvalidSettingsException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("plan-form", formModel(id, form, e.getMessage())));
        }
    }

    @Get(uri = "/plans{?page}", produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE"})
    @View("plans")
    public Map<String, Object> plans(@Nullable @QueryValue String page, Authentication authentication) {
        Viewer viewer = Viewers.of(authentication);
        int number = Pager.number(page);
        var found = plans.page(viewer.carrierFrn(), null, number - 1, PAGE_SIZE);
        Map<String, Object> model = model();
        model.put("plans", found.getContent().stream().map(p -> PlanView.of(p, json)).toList());
        model.put("pager", Pager.of(number, found.getTotalPages(), found.getTotalSize(), "/plans"));
        return model;
    }

    @Get(uri = "/plans/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    @View("plan")
    public Map<String, Object> plan(@PathVariable long id, Authentication authentication) {
        Viewer viewer = Viewers.of(authentication);
        PlanView plan = PlanView.of(scope.plan(viewer, id), json);
        Map<String, Object> model = model();
        model.put("plan", plan);
        model.put("open", "QUEUED".equals(plan.status()) || "SOLVING".equals(plan.status()));
        model.put("timeLimitSeconds", plan.settings().solveTimeLimit().toMillis() / 1000.0);
        model.put("mayChange", !viewer.isAdministrator());
        model.put("finance", viewer.role() == com.ripreplace.access.Role.FINANCE);
        model.put("submission", submitted.ofPlan(id).orElse(null));
        model.put("chartData", plan.result() == null ? "" : waves(plan.result()));
        return model;
    }

    /** Cancels a queued or solving plan, as {@code DELETE /api/plans/{id}} does, and shows the plan again. */
    @Post(uri = "/plans/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE"})
    public HttpResponse<?> cancel(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        try {
            requests.cancel(Viewers.of(authentication), id, ClientAddress.of(request));
        } catch (ConflictException e) {
            // it ended meanwhile: the plan page shows how
        }
        return HttpResponse.seeOther(URI.create("/plans/" + id));
    }

    /** Submits a finished plan for review, as {@code POST /api/plans/{id}/submission} does. */
    @Post(uri = "/plans/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured("FINANCE")
    public HttpResponse<?> submit(@PathVariable long id, @Body Map<String, String> body, Authentication authentication,
                                  HttpRequest<?> request) {
        Viewer viewer = Viewers.of(authentication);
        try {
            submissions.submit(viewer, id, body.get("note"), null, ClientAddress.of(request));
            return HttpResponse.seeOther(URI.create("/submissions"));
        } catch (ConflictException | InvalidSettingsException e) {
            Map<String, Object> model = plan(id, authentication);
            model.put("submitError", e.getMessage());
            model.put("note", body.getOrDefault("note", ""));
            return HttpResponse.status(e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("plan", model));
        }
    }

    @Get(uri = "/submissions{?page}", produces = MediaType.TEXT_HTML)
    @Secured("FINANCE")
    @View("submissions")
    public Map<String, Object> submissions(@Nullable @QueryValue String page, Authentication authentication) {
        Viewer viewer = Viewers.of(authentication);
        int number = Pager.number(page);
        var found = submissions.page(viewer, null, null, number - 1, PAGE_SIZE);
        Map<String, Object> model = model();
        model.put("submissions", found.getContent().stream().map(r -> com.ripreplace.api.SubmissionView.of(r, json))
                .toList());
        model.put("pager", Pager.of(number, found.getTotalPages(), found.getTotalSize(), "/submissions"));
        return model;
    }

    private Map<String, Object> formModel(long id, PlanForm form, String error) {
        Map<String, Object> model = model();
        model.put("inventoryId", id);
        model.put("form", form);
        model.put("error", error);
        ProgramTerms terms = estimates.estimate(id, ProgramTerms.Overrides.NONE).terms();
        Map<String, String> hints = new LinkedHashMap<>();
        Formats f = Formats.INSTANCE;
        hints.put("budgetPerWave", terms.budgetPerWave().map(m -> "Program sheet: " + f.money(m.amount()))
                .orElse("None set: waves are not limited by a budget."));
        hints.put("startingCash", terms.givenStartingCash().map(m -> "Program sheet: " + f.money(m.amount()))
                .orElse("None set: the cash rule does not apply."));
        hints.put("crews", "Program sheet or default: " + terms.crews() + ".");
        hints.put("deadline", terms.deadlineInForce().map(d -> "Deadline in force: " + f.date(d) + ".")
                .orElse("None set."));
        hints.put("waveLength", "Program sheet or default: " + terms.waveLength().name().toLowerCase() + ".");
        model.put("hints", hints);
        model.put("carrierName", terms.carrierName());
        return model;
    }

    private String waves(com.ripreplace.api.PlanResultView result) {
        try {
            return json.writeValueAsString(result.waves());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", Formats.INSTANCE);
        return model;
    }

    /** What was typed into the plan form, kept to show it again; every field optional. */
    public record PlanForm(String budgetPerWave, String startingCash, String crews, String deadline, String waveLength,
                           String timeLimit) {

        static final PlanForm EMPTY = new PlanForm("", "", "", "", "", "30s");

        static PlanForm of(Map<String, String> body) {
            return new PlanForm(text(body, "budgetPerWave"), text(body, "startingCash"), text(body, "crews"),
                    text(body, "deadline"), text(body, "waveLength"), text(body, "timeLimit"));
        }

        /** The settings typed; 422 (InvalidSettingsException) naming a field that is not a number or a date. */
        Settings settings() {
            return new Settings(timeLimit.isEmpty() ? null : timeLimit, null, null, null, null,
                    dollars("Starting cash", startingCash), dollars("Budget per wave", budgetPerWave),
                    waveLength.isEmpty() ? null : waveLength, null, day("Deadline", deadline), null,
                    whole("Crews", crews), null);
        }

        private static String text(Map<String, String> body, String name) {
            String value = body.get(name);
            return value == null ? "" : value.strip();
        }

        private static BigDecimal dollars(String label, String text) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text.replace("$", "").replace(",", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(label + " must be an amount of dollars such as 250000; found '"
                        + text + "'.");
            }
        }

        private static Integer whole(String label, String text) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(label + " must be a whole number such as 2; found '" + text + "'.");
            }
        }

        private static LocalDate day(String label, String text) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidSettingsException(label + " must be a date such as 2027-06-30; found '" + text + "'.");
            }
        }
    }
}
