package com.ripreplace.cli;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.Planner;
import com.ripreplace.planning.PlanningWeights;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.planning.SolveProgress;
import com.ripreplace.planning.WhatIf;
import com.ripreplace.workbook.PlanWorkbookWriter;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code plan FILE... --out PLAN.xlsx}: plans the replacement waves and writes the plan workbook. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plans replacement waves inside crews, dependencies, access windows, lead times, budget, cash,"
                + " the allocation and the deadline, and writes the plan workbook.",
                "Exit code 0 when every rule holds, 3 when the plan is written but a hard rule or the deadline"
                        + " cannot be met (the reason and the extension needed are printed), 2 when the input cannot"
                        + " be used."})
public class PlanCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Inventory files; several files form one inventory.")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "PLAN.xlsx", description = "The plan workbook to write.")
    Path out;

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest time to search, such as 30s or 2m; the search stops sooner when it stops improving."
                    + " Default: ${DEFAULT-VALUE}.")
    Duration timeLimit;

    @Option(names = "--template", paramLabel = "PLAN-TEMPLATE.xlsx",
            description = "Styles for the workbook (see docs/workbook.md). Default: templates/plan-template.xlsx when"
                    + " present, else the built-in styles.")
    Path template;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed of the search. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--weights", paramLabel = "NAME=N,...", split = ",",
            description = "Soft-goal weights, e.g. exposure=1,critical=1000,travel=10,balance=50,finish=100"
                    + " (the defaults; see docs/planning.md).")
    java.util.Map<String, Long> weights;

    @Mixin
    ProgramOptions program;

    @Inject
    InventoryCheck check;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        var prepared = program.prepare(files, check, out);
        if (prepared.isEmpty()) {
            return ExitCodes.UNUSABLE_INPUT;
        }
        CheckResult result = prepared.get().result();
        ProgramTerms terms = prepared.get().terms();
        CostCatalog catalog = prepared.get().catalog();
        System.err.printf(Locale.ROOT, "Planning %,d sites with covered gear to replace (time limit %s)...%n",
                result.items().stream().filter(i -> i.finding().mustReplace()).map(i -> i.line().siteId()).distinct().count(),
                timeLimit.toString().substring(2).toLowerCase(Locale.ROOT));
        PlanningWeights planningWeights;
        try {
            planningWeights = weights();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        }
        Progress progress = new Progress();
        PlanOutcome plan = new Planner(catalog, planningWeights, Clock.systemDefaultZone())
                .plan(result, terms, timeLimit, seed, progress::best);
        (template == null ? new PlanWorkbookWriter() : PlanWorkbookWriter.withTemplate(template))
                .reflecting(result.edition()).write(plan, this.out);
        print(out, plan);
        out.println("Plan written to " + this.out);
        return plan.feasible() && plan.onTime() ? ExitCodes.OK : ExitCodes.HARD_RULE_BROKEN;
    }

    private PlanningWeights weights() {
        PlanningWeights d = PlanningWeights.DEFAULTS;
        if (weights == null || weights.isEmpty()) {
            return d;
        }
        java.util.Set<String> known = java.util.Set.of("exposure", "critical", "travel", "balance", "finish");
        weights.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("--weights knows exposure, critical, travel, balance and finish; found '"
                    + k + "'");
        });
        return new PlanningWeights(weights.getOrDefault("exposure", d.exposure()),
                weights.getOrDefault("critical", d.critical()), weights.getOrDefault("travel", d.travel()),
                weights.getOrDefault("balance", d.balance()), weights.getOrDefault("finish", d.finishEarly()));
    }

    /** Prints the best plan as it improves: at once when a stage starts or a plan becomes feasible, else once a second. */
    private static final class Progress {
        private String stage;
        private boolean feasible;
        private long lastPrinted = -1_000;

        void best(SolveProgress progress) {
            boolean news = !progress.stage().equals(stage) || progress.feasible() != feasible;
            if (news || progress.elapsed().toMillis() - lastPrinted >= 1_000) {
                System.err.printf(Locale.ROOT, "  %-32s %5.1f s  best so far: %s%s%n", progress.stage(),
                        progress.elapsed().toMillis() / 1000.0, progress.bestScore(),
                        progress.feasible() ? "  (keeps every rule)" : "");
                lastPrinted = progress.elapsed().toMillis();
            }
            stage = progress.stage();
            feasible = progress.feasible();
        }
    }

    static void print(PrintStream out, PlanOutcome plan) {
        List<ScheduledSite> schedule = plan.schedule();
        int lastWave = schedule.stream().mapToInt(ScheduledSite::wave).max().orElse(-1);
        out.printf(Locale.ROOT, "%s%n", plan.terms().carrierName() == null ? "Plan" : "Plan for " + plan.terms().carrierName());
        out.printf(Locale.ROOT, "Sites: %,d in %d %ss, %s to %s%n", schedule.size(), lastWave + 1,
                plan.terms().waveLength().name().toLowerCase(Locale.ROOT), plan.terms().planningStart(),
                schedule.stream().map(ScheduledSite::finish).max(LocalDate::compareTo).map(String::valueOf).orElse("-"));
        out.printf(Locale.ROOT, "Deadline in force: %s%n", plan.terms().deadlineInForce().map(String::valueOf).orElse("none"));
        out.printf(Locale.ROOT, "Cost: %s   Reimbursable: %s   Carrier-paid: %s%n", plan.estimate().total(),
                plan.estimate().reimbursable(), plan.estimate().carrierPaid());
        out.printf(Locale.ROOT, "Lowest cash balance: %s (wave %d, %s)%n", plan.cash().lowestBalance(),
                plan.cash().lowestWave(), plan.cash().lowestOn());
        plan.cash().sentences().forEach(sentence -> out.println("Cash: " + sentence));
        plan.notes().forEach(note -> out.println("Note: " + note));
        List<BrokenRule> broken = plan.brokenRules();
        List<String> held = new java.util.ArrayList<>(List.of("crews", "dependencies", "access windows",
                "lead times"));
        List<String> unchecked = new java.util.ArrayList<>();
        ProgramTerms terms = plan.terms();
        (terms.budgetPerWave().isPresent() ? held : unchecked).add(terms.budgetPerWave().isPresent() ? "budget per wave"
                : "budget per wave (none given)");
        (terms.givenStartingCash().isPresent() ? held : unchecked).add(terms.givenStartingCash().isPresent()
                ? "cash balance" : "cash balance (no starting cash given)");
        (terms.allocation().isPresent() ? held : unchecked).add(terms.allocation().isPresent() ? "allocation"
                : "allocation (none given)");
        (terms.deadlineInForce().isPresent() ? held : unchecked).add(terms.deadlineInForce().isPresent() ? "deadline"
                : "deadline (none given)");
        if (broken.isEmpty()) {
            out.println("Every rule holds: " + String.join(", ", held) + ".");
            if (!unchecked.isEmpty()) {
                out.println("Not checked: " + String.join(", ", unchecked) + ".");
            }
        } else {
            long physical = broken.stream().filter(b -> b.level() == BrokenRule.Level.PHYSICAL).count();
            long money = broken.stream().filter(b -> b.level() == BrokenRule.Level.MONEY).count();
            out.printf(Locale.ROOT, "Broken rules: %d physical, %d money, %d past the deadline%n", physical, money,
                    broken.size() - physical - money);
            broken.stream().limit(20).forEach(b -> out.println("  " + b.rule() + ": " + b.description()));
            if (broken.size() > 20) {
                out.println("  ... " + (broken.size() - 20) + " more in the workbook's Summary sheet");
            }
        }
        plan.extension().ifPresent(e -> {
            out.printf(Locale.ROOT, "The deadline of %s cannot be met: the last site finishes %s, %d days (%d months)"
                    + " later. An extension of %d months is needed.%n", e.deadline(), e.lastFinish(), e.daysBeyond(),
                    e.monthsBeyond(), e.monthsBeyond());
            out.println("Sites that drive it: " + String.join(", ", e.drivingSites().stream().limit(15).toList())
                    + (e.drivingSites().size() > 15 ? " and " + (e.drivingSites().size() - 15) + " more" : ""));
            e.bindingRules().forEach(r -> out.println("  Why: " + r));
        });
        if (!plan.whatIfs().isEmpty()) {
            out.println("What if one rule were relaxed (each planned again briefly):");
            out.printf(Locale.ROOT, "  %-44s %-12s %-8s %s%n", "Relaxed", "Last finish", "On time", "Days gained");
            for (WhatIf w : plan.whatIfs()) {
                out.printf(Locale.ROOT, "  %-44s %-12s %-8s %d%n", w.relaxation(), w.lastFinish(),
                        w.onTime() ? "yes" : "no", w.daysGained());
            }
        }
    }
}
