package com.ripreplace.service;

import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
import com.ripreplace.persistence.PlanRecord;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * What asking for a plan, cancelling one and starting one again means, whoever asks (the API or a page): the inventory or plan must be
 * the viewer's carrier's (404 otherwise), the job is queued or cancelled, and the step goes to the audit log.
 */
@Singleton
@Requires(property = "datasources.default.url")
@Requires(notEnv = "users")
public class PlanRequests {

    private final PlanJobs jobs;
    private final CarrierScope scope;
    private final Audit audit;

    PlanRequests(PlanJobs jobs, CarrierScope scope, Audit audit) {
        this.jobs = jobs;
        this.scope = scope;
        this.audit = audit;
    }

    /** Queues a plan of one of the viewer's carrier's inventories; 404, 422 or 503 as {@link PlanJobs#submit}. */
    public PlanRecord plan(Viewer viewer, long inventoryId, Settings settings, String address) {
        scope.inventory(viewer, inventoryId);
        PlanRecord plan = jobs.submit(inventoryId, settings == null ? Settings.NONE : settings, viewer.carrierFrn(),
                viewer.username());
        audit.record(viewer, viewer.carrierFrn(), AuditAction.PLAN, "plan " + plan.id(),
                "of inventory " + inventoryId + " with settings " + plan.settings(), address);
        return plan;
    }

    /** Cancels a queued or solving plan of the viewer's carrier; 404, or 409 when it has ended. */
    public PlanRecord cancel(Viewer viewer, long planId, String address) {
        scope.plan(viewer, planId);
        PlanRecord cancelled = jobs.cancel(planId);
        audit.record(viewer, viewer.carrierFrn(), AuditAction.PLAN_CANCELLED, "plan " + planId, null, address);
        return cancelled;
    }

    /** Starts an interrupted, failed or cancelled plan of the viewer's carrier again; 404, 409 or 503. */
    public PlanRecord restart(Viewer viewer, long planId, String address) {
        scope.plan(viewer, planId);
        PlanRecord restarted = jobs.restart(planId);
        audit.record(viewer, viewer.carrierFrn(), AuditAction.PLAN_RESTARTED, "plan " + planId, null, address);
        return restarted;
    }
}
