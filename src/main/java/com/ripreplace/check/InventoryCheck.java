package com.ripreplace.check;

import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.covered.CoveredListEdition;
import com.ripreplace.covered.Finding;
import com.ripreplace.covered.GearLine;
import com.ripreplace.covered.EngineerDecision;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.inventory.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Reads inventory files and gives every line of gear its covered-gear finding: the {@code check} job.
 * Lines are matched in batches on another core while the file is still being read, and the catalog
 * may still be loading when reading starts; the result is the same as matching afterwards.
 */
public final class InventoryCheck {

    private static final int BATCH = 2048;

    private final InventoryReader reader;
    private final CompletableFuture<CoveredGearMatcher> matcher;

    public InventoryCheck(InventoryReader reader, CoveredGearMatcher matcher) {
        this(reader, CompletableFuture.completedFuture(matcher));
    }

    private InventoryCheck(InventoryReader reader, CompletableFuture<CoveredGearMatcher> matcher) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** A check whose catalog starts loading now, in the background, so that start-up and reading overlap. */
    public static InventoryCheck loadingCatalogInBackground(InventoryReader reader, Supplier<CoveredCatalog> catalog) {
        return new InventoryCheck(reader, CompletableFuture.supplyAsync(() -> new CoveredGearMatcher(catalog.get())));
    }

    /** The finding for one line of gear as stored, with an engineer's override applied on top. */
    public Finding reassess(GearLine line, Optional<EngineerDecision> override) {
        return matcher.join().assess(line, override);
    }

    public CheckResult run(List<InventoryReader.InputFile> files) {
        Batches batches = new Batches();
        Inventory inventory = reader.read(files, batches::add);
        if (!inventory.usable()) {
            return new CheckResult(inventory, List.of(), matcher.join().edition());
        }
        List<Assessed> assessed = batches.finish();
        List<CheckedItem> checked = new ArrayList<>(assessed.size());
        List<Problem> overrideErrors = new ArrayList<>();
        for (Assessed a : assessed) {
            checked.add(a.item());
            if (a.overrideProblem() != null) {
                overrideErrors.add(a.overrideProblem());
            }
        }
        if (!overrideErrors.isEmpty()) {
            inventory = new Inventory(inventory.files(), List.of(), List.of(), inventory.program(), overrideErrors,
                    inventory.warnings());
            checked = List.of();
        }
        return new CheckResult(inventory, checked, matcher.join().edition());
    }

    private record Assessed(CheckedItem item, Problem overrideProblem) {
    }

    /** Lines gathered into batches, each matched asynchronously as soon as it is full. */
    private final class Batches {
        private final List<CompletableFuture<List<Assessed>>> pending = new ArrayList<>();
        private List<EquipmentLine> filling = new ArrayList<>(BATCH);

        void add(EquipmentLine line) {
            filling.add(line);
            if (filling.size() == BATCH) {
                submit();
            }
        }

        private void submit() {
            List<EquipmentLine> batch = filling;
            filling = new ArrayList<>(BATCH);
            pending.add(matcher.thenApplyAsync(m -> assessAll(m, batch)));
        }

        List<Assessed> finish() {
            if (!filling.isEmpty()) {
                submit();
            }
            List<Assessed> all = new ArrayList<>();
            try {
                for (CompletableFuture<List<Assessed>> batch : pending) {
                    all.addAll(batch.join());
                }
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            return all;
        }
    }

    private static List<Assessed> assessAll(CoveredGearMatcher matcher, List<EquipmentLine> lines) {
        List<GearLine> gear = new ArrayList<>(lines.size());
        List<Optional<EngineerDecision>> overrides = new ArrayList<>(lines.size());
        Problem[] problems = new Problem[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            EquipmentLine line = lines.get(i);
            gear.add(new GearLine(line.vendor(), line.model(), line.description(), line.category(), line.mac(),
                    line.purchaseDate()));
            Optional<EngineerDecision> override = Optional.empty();
            if (line.override() != null) {
                try {
                    override = EngineerDecision.parse(line.override().text());
                } catch (IllegalArgumentException e) {
                    problems[i] = new Problem(line.source().file(), line.source().sheet(), line.source().row(),
                            line.override().column(), "Override", e.getMessage());
                }
            }
            overrides.add(override);
        }
        List<Finding> findings = matcher.assessAll(gear, overrides);
        List<Assessed> assessed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assessed.add(new Assessed(new CheckedItem(lines.get(i), findings.get(i)), problems[i]));
        }
        return assessed;
    }

    static CheckReport.Summary summary(Inventory inventory, List<CheckedItem> checked, CoveredListEdition edition) {
        int covered = 0;
        int review = 0;
        int reimbursable = 0;
        int mustReplace = 0;
        int category = 0;
        for (CheckedItem item : checked) {
            Finding f = item.finding();
            covered += f.covered() ? 1 : 0;
            review += f.needsReview() ? 1 : 0;
            reimbursable += f.reimbursable() ? 1 : 0;
            mustReplace += f.mustReplace() ? 1 : 0;
            category += f.coveredCategory() != null ? 1 : 0;
        }
        return new CheckReport.Summary(inventory.sites().size(), checked.size(), covered, review, reimbursable,
                mustReplace, category, edition.asOf(), edition.catalogVersion());
    }

    static CheckReport report(Inventory inventory, List<CheckedItem> checked, CheckReport.Summary summary) {
        List<CheckReport.ItemEntry> items = new ArrayList<>(checked.size());
        for (CheckedItem item : checked) {
            Finding f = item.finding();
            EquipmentLine line = item.line();
            items.add(new CheckReport.ItemEntry(line.source().file(), line.source().sheet(), line.source().row(),
                    line.siteId(), line.vendor(), line.model(), line.serial(), line.quantity(), line.purchaseDate(),
                    f.covered(), f.entity(), CheckReport.ItemEntry.shown(f.confidence()), f.needsReview(),
                    f.reason(), f.reimbursable(), f.coveredCategory(), f.mustReplace()));
        }
        return new CheckReport(summary,
                inventory.sites().stream().map(CheckReport.SiteEntry::of).toList(), items,
                inventory.errors().stream().map(CheckReport.ProblemEntry::of).toList(),
                inventory.warnings().stream().map(CheckReport.ProblemEntry::of).toList());
    }
}
