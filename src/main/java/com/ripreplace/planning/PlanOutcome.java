package com.ripreplace.planning;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.Problem;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A finished plan: the schedule, the money wave by wave, every broken rule, the extension a late plan
 * needs and why (the what-if table), what the money costs (the cash answer), and how the plan was made
 * (inputs with checksums, solver settings).
 *
 * @param waves      the cash flow of the schedule, one row per wave until the last reimbursement arrives
 * @param feasible   true when no physical or money rule is broken
 * @param onTime     true when every site finishes by the deadline in force (or there is none)
 * @param items      every line of gear with its finding (overrides applied), for the Equipment sheet
 * @param importNotes every warning from reading the inventory
 * @param cash       the lowest balance and, when cash binds, the bridge financing to finish on time
 * @param whatIfs    for a late plan: the plan made again with one rule relaxed at a time, and where it then finishes
 * @param notes      things a reviewer should know that break no rule (a site alone over the budget per wave, a
 *                   planning start in the past)
 */
public record PlanOutcome(ProgramTerms terms, CostEstimate estimate, List<ScheduledSite> schedule,
                          List<WaveCashFlow> waves, String score, boolean feasible, boolean onTime,
                          Optional<Extension> extension, List<BrokenRule> brokenRules,
                          List<Inventory.SourceFile> inputs, LocalDateTime plannedAt, String solverSettings,
                          List<CheckedItem> items, List<Problem> importNotes, CashAnswer cash, List<WhatIf> whatIfs,
                          List<String> notes) {

    public PlanOutcome {
        schedule = List.copyOf(schedule);
        waves = List.copyOf(waves);
        brokenRules = List.copyOf(brokenRules);
        inputs = List.copyOf(inputs);
        items = items == null ? List.of() : List.copyOf(items);
        importNotes = importNotes == null ? List.of() : List.copyOf(importNotes);
        cash = cash == null ? cashOf(terms, waves) : cash;
        whatIfs = whatIfs == null ? List.of() : List.copyOf(whatIfs);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A plan with no what-if table and no notes; its cash answer is read off its waves. */
    public PlanOutcome(ProgramTerms terms, CostEstimate estimate, List<ScheduledSite> schedule,
                       List<WaveCashFlow> waves, String score, boolean feasible, boolean onTime,
                       Optional<Extension> extension, List<BrokenRule> brokenRules,
                       List<Inventory.SourceFile> inputs, LocalDateTime plannedAt, String solverSettings,
                       List<CheckedItem> items, List<Problem> importNotes) {
        this(terms, estimate, schedule, waves, score, feasible, onTime, extension, brokenRules, inputs, plannedAt,
                solverSettings, items, importNotes, null, null, null);
    }

    private static CashAnswer cashOf(ProgramTerms terms, List<WaveCashFlow> waves) {
        Optional<WaveCashFlow> lowest = CashFlow.lowestBalance(waves);
        return new CashAnswer(terms.givenStartingCash().isPresent(),
                lowest.map(WaveCashFlow::cashBalance).orElse(terms.startingCash()),
                lowest.map(w -> Numbering.wave(w.wave())).orElse(1), lowest.map(WaveCashFlow::end).orElse(terms.planningStart()),
                false, Optional.empty(), List.of());
    }

    /** The sum the carrier must finance: how far the balance falls below zero. */
    public Money financingNeeded() {
        return cash.financingNeeded();
    }
}
