package com.ripreplace.planning;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.Problem;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A finished plan: the schedule, the money wave by wave, every broken rule, the extension a late plan
 * needs, and how the plan was made (inputs with checksums, solver settings).
 *
 * @param waves      the cash flow of the schedule, one row per wave until the last reimbursement arrives
 * @param feasible   true when no hard rule is broken
 * @param onTime     true when every site finishes by the deadline in force (or there is none)
 * @param items      every line of gear with its finding (overrides applied), for the Equipment sheet
 * @param importNotes every warning from reading the inventory
 */
public record PlanOutcome(ProgramTerms terms, CostEstimate estimate, List<ScheduledSite> schedule,
                          List<WaveCashFlow> waves, String score, boolean feasible, boolean onTime,
                          Optional<Extension> extension, List<BrokenRule> brokenRules,
                          List<Inventory.SourceFile> inputs, LocalDateTime plannedAt, String solverSettings,
                          List<CheckedItem> items, List<Problem> importNotes) {

    public PlanOutcome {
        schedule = List.copyOf(schedule);
        waves = List.copyOf(waves);
        brokenRules = List.copyOf(brokenRules);
        inputs = List.copyOf(inputs);
        items = items == null ? List.of() : List.copyOf(items);
        importNotes = importNotes == null ? List.of() : List.copyOf(importNotes);
    }
}
