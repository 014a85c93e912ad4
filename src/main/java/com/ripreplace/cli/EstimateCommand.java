package com.ripreplace.cli;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCashFlow;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code estimate FILE...}: what replacing the covered gear costs, what the programme pays back, and the cash. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Costs every site with covered gear, splits reimbursable from carrier-paid, and follows the cash.",
                "The cash flow here takes the sites in inventory order at crew capacity; `plan` schedules them properly."})
public class EstimateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Inventory files; several files form one inventory.")
    List<Path> files;

    @Mixin
    ProgramOptions program;

    @Option(names = "--sites", description = "Also list every site's estimate.")
    boolean listSites;

    @Inject
    InventoryCheck check;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        var prepared = program.prepare(files, check, out);
        if (prepared.isEmpty()) {
            return ExitCodes.UNUSABLE_INPUT;
        }
        ProgramTerms terms = prepared.get().terms();
        CheckResult result = prepared.get().result();
        CostEstimate estimate = new CostEstimator(prepared.get().catalog().withCosts(result.inventory().costs()),
                terms.fundingRule())
                .estimate(result.inventory().sites(), result.items());
        print(out, terms, estimate);
        if (listSites) {
            out.printf(Locale.ROOT, "%n%-14s %6s %16s %16s %16s %16s%n", "Site", "Items", "Total", "Eligible",
                    "Reimbursable", "Carrier-paid");
            for (SiteEstimate s : estimate.sites()) {
                out.printf(Locale.ROOT, "%-14s %6d %16s %16s %16s %16s%n", s.siteId(), s.coveredItems(), s.total(),
                        s.eligible(), s.reimbursable(), s.carrierPaid());
            }
        }
        printCashFlow(out, terms, estimate);
        return ExitCodes.OK;
    }

    private static void print(PrintStream out, ProgramTerms terms, CostEstimate e) {
        out.printf(Locale.ROOT, "%s%s%n", terms.carrierName() == null ? "Carrier not named" : terms.carrierName(),
                terms.frn() == null ? "" : " (FRN " + terms.frn() + ")");
        out.printf(Locale.ROOT, "Sites with covered gear: %,d   Cost catalog: %s%n", e.sites().size(), e.catalog());
        out.printf(Locale.ROOT, "Total cost            %18s%n", e.total());
        out.printf(Locale.ROOT, "Eligible cost         %18s%n", e.eligible());
        out.printf(Locale.ROOT, "Funding factor        %18s%n", e.fundingFactor().stripTrailingZeros().toPlainString());
        out.printf(Locale.ROOT, "Reimbursable          %18s%s%n", e.reimbursable(), e.cappedByAllocation().isZero() ? ""
                : "  (capped: " + e.cappedByAllocation() + " above the allocation of " + e.allocation().orElseThrow() + ")");
        out.printf(Locale.ROOT, "Carrier-paid          %18s%n", e.carrierPaid());
        e.allocation().ifPresent(a -> out.printf(Locale.ROOT, "Allocation            %18s   used %s, left %s%n", a,
                e.reimbursable(), a.minus(e.reimbursable()).max(Money.ZERO)));
        out.println("Settings: " + String.join("; ", terms.sources().entrySet().stream()
                .map(s -> s.getKey() + " from " + s.getValue()).toList()));
    }

    private static void printCashFlow(PrintStream out, ProgramTerms terms, CostEstimate estimate) {
        int perWave = terms.crews() * terms.sitesPerCrewPerWave();
        Map<String, Integer> waves = new LinkedHashMap<>();
        int index = 0;
        for (SiteEstimate site : estimate.sites()) {
            waves.put(site.siteId(), index++ / perWave);
        }
        List<WaveCashFlow> rows = new CashFlow(estimate, terms).follow(waves, Map.of());
        out.printf(Locale.ROOT, "%nCash flow, sites in inventory order, %d per %s (%d crews x %d), claims paid %d days"
                        + " after each wave:%n", perWave, terms.waveLength().name().toLowerCase(Locale.ROOT), terms.crews(),
                terms.sitesPerCrewPerWave(), terms.reimbursementLagDays());
        out.printf(Locale.ROOT, "%-5s %-10s %5s %16s %16s %16s %16s%n", "Wave", "Starts", "Sites", "Spend", "Claimed",
                "Received", "Cash balance");
        for (WaveCashFlow r : rows) {
            out.printf(Locale.ROOT, "%-5d %-10s %5d %16s %16s %16s %16s%n", Numbering.wave(r.wave()), r.start(), r.sites(), r.spend(),
                    r.claimed(), r.received(), r.cashBalance());
        }
        CashFlow.lowestBalance(rows).filter(r -> r.cashBalance().isNegative()).ifPresent(r -> out.printf(Locale.ROOT,
                "Cash runs short: the balance reaches %s in wave %d (%s); the carrier must fund that much.%n",
                r.cashBalance(), Numbering.wave(r.wave()), r.start()));
    }
}
