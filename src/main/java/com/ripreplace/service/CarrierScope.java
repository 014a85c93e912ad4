package com.ripreplace.service;

import com.ripreplace.access.Viewer;
import com.ripreplace.persistence.InventoryRecord;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.PlanRecord;
import com.ripreplace.persistence.PlanStore;
import com.ripreplace.persistence.SubmissionStore;
import jakarta.inject.Singleton;

/**
 * What a person may see of carrier data: their own carrier's inventories and plans; for a grant administrator,
 * only the inventories and plans some carrier submitted. Anything else answers exactly as an id that does not
 * exist (404), so ids of another carrier tell nothing.
 */
@Singleton
public class CarrierScope {

    private final InventoryStore inventories;
    private final PlanStore plans;
    private final SubmissionStore submissions;

    CarrierScope(InventoryStore inventories, PlanStore plans, SubmissionStore submissions) {
        this.inventories = inventories;
        this.plans = plans;
        this.submissions = submissions;
    }

    public InventoryRecord inventory(Viewer viewer, long id) {
        return inventories.record(id)
                .filter(i -> viewer.sees(i.carrierFrn())
                        || viewer.isAdministrator() && submissions.inventorySubmitted(i.id()))
                .orElseThrow(() -> NotFoundException.inventory(id));
    }

    public PlanRecord plan(Viewer viewer, long id) {
        return plans.find(id)
                .filter(p -> viewer.sees(p.carrierFrn())
                        || viewer.isAdministrator() && submissions.ofPlan(p.id()).isPresent())
                .orElseThrow(() -> NotFoundException.plan(id));
    }
}
