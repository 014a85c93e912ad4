package com.ripreplace.check;

import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.covered.Finding;
import com.ripreplace.covered.GearLine;
import com.ripreplace.covered.Override;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.inventory.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads inventory files and gives every line of gear its covered-gear finding: the {@code check} job. */
public final class InventoryCheck {

    private final InventoryReader reader;
    private final CoveredGearMatcher matcher;

    public InventoryCheck(InventoryReader reader, CoveredGearMatcher matcher) {
        this.reader = reader;
        this.matcher = matcher;
    }

    public CheckResult run(List<InventoryReader.InputFile> files) {
        Inventory inventory = reader.read(files);
        List<CheckedItem> checked = new ArrayList<>(inventory.items().size());
        List<Problem> overrideErrors = new ArrayList<>();
        for (EquipmentLine line : inventory.items()) {
            Optional<Override> override = Optional.empty();
            if (line.override() != null) {
                try {
                    override = Override.parse(line.override().text());
                } catch (IllegalArgumentException e) {
                    overrideErrors.add(new Problem(line.source().file(), line.source().sheet(), line.source().row(),
                            line.override().column(), "Override", e.getMessage()));
                }
            }
            GearLine gear = new GearLine(line.vendor(), line.model(), line.description(), line.category(), line.mac(),
                    line.purchaseDate());
            checked.add(new CheckedItem(line, matcher.assess(gear, override)));
        }
        if (!overrideErrors.isEmpty()) {
            inventory = new Inventory(inventory.files(), List.of(), List.of(), inventory.program(), overrideErrors,
                    inventory.warnings());
            checked = List.of();
        }
        return new CheckResult(inventory, List.copyOf(checked), report(inventory, checked));
    }

    static CheckReport report(Inventory inventory, List<CheckedItem> checked) {
        int covered = 0;
        int review = 0;
        int reimbursable = 0;
        List<CheckReport.ItemEntry> items = new ArrayList<>(checked.size());
        for (CheckedItem item : checked) {
            Finding f = item.finding();
            EquipmentLine line = item.line();
            covered += f.covered() ? 1 : 0;
            review += f.needsReview() ? 1 : 0;
            reimbursable += f.reimbursable() ? 1 : 0;
            items.add(new CheckReport.ItemEntry(line.source().file(), line.source().sheet(), line.source().row(),
                    line.siteId(), line.vendor(), line.model(), line.serial(), line.quantity(), line.purchaseDate(),
                    f.covered(), f.entity(), Math.round(f.confidence() * 100) / 100.0, f.needsReview(), f.reason(),
                    f.reimbursable()));
        }
        return new CheckReport(
                new CheckReport.Summary(inventory.sites().size(), checked.size(), covered, review, reimbursable),
                inventory.sites().stream().map(CheckReport.SiteEntry::of).toList(), items,
                inventory.errors().stream().map(CheckReport.ProblemEntry::of).toList(),
                inventory.warnings().stream().map(CheckReport.ProblemEntry::of).toList());
    }
}
