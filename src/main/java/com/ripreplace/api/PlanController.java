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
    @Get("/api/plans")
    public PageView<PlanView> list(@Nullable @QueryValue Long inventoryId, @QueryValue(defaultValue = "0") int page,
                                   @QueryValue(defaultValue = "20") int size) {
        PageView.check(page, size);
        return PageView.of(plans.page(inventoryId, page, size), p -> PlanView.of(p, json));
    }

    @Get("/api/plans/{id}")
    public PlanView get(@PathVariable long id) {
        return PlanView.of(plans.find(id).orElseThrow(() -> NotFoundException.plan(id)), json);
    }

    /** The plan workbook as an attachment, once the plan is DONE; 409 before. */
    @Get(uri = "/api/plans/{id}/workbook", produces = XLSX)
    public HttpResponse<?> workbook(@PathVariable long id) {
        var plan = plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
        byte[] content = plans.workbook(id).orElseThrow(() -> new ConflictException("Plan " + id + " is "
                + plan.status() + "; its workbook can be downloaded once it is DONE."));
        return HttpResponse.ok(content).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".xlsx\"");
    }

    /** Cancels a queued or solving plan: 200 with its state (CANCELLED); 409 when it has already ended. */
    @Delete("/api/plans/{id}")
    public PlanView cancel(@PathVariable long id) {
        return PlanView.of(jobs.cancel(id), json);
    }

    /** Starts an interrupted, failed or cancelled plan again with its settings: 202. */
    @Post("/api/plans/{id}/restart")
    public HttpResponse<Accepted> restart(@PathVariable long id) {
        var plan = jobs.restart(id);
        return HttpResponse.accepted(URI.create("/api/plans/" + plan.id())).body(new Accepted(plan.id(), plan.status()));
    }
}
