package com.ripreplace.check;

import com.ripreplace.covered.CoveredListEdition;
import com.ripreplace.inventory.Inventory;

import java.util.List;
import java.util.Objects;

/**
 * An inventory read and checked: the inventory, each line with its finding, the counts, and the report of the
 * contract. The report (every line again, in the JSON's shape) is built the first time it is asked for: {@code
 * check --format json} and the service write it; the text form, {@code plan} and {@code estimate} never need it.
 */
public final class CheckResult {

    private final Inventory inventory;
    private final List<CheckedItem> items;
    private final CheckReport.Summary summary;
    private final CoveredListEdition edition;
    private volatile CheckReport report;

    CheckResult(Inventory inventory, List<CheckedItem> items, CoveredListEdition edition) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.items = List.copyOf(items);
        this.edition = Objects.requireNonNull(edition, "edition");
        this.summary = InventoryCheck.summary(inventory, this.items, edition);
    }

    /** Which Covered List the findings reflect. */
    public CoveredListEdition edition() {
        return edition;
    }

    public Inventory inventory() {
        return inventory;
    }

    public List<CheckedItem> items() {
        return items;
    }

    public boolean usable() {
        return inventory.usable();
    }

    /**
     * The same inventory with some lines' findings replaced, such as the decisions an engineer made after the
     * upload; counts and report follow.
     */
    public CheckResult withFindings(java.util.function.UnaryOperator<CheckedItem> decide) {
        return new CheckResult(inventory, items.stream().map(decide).toList(), edition);
    }

    /** The counts of the report: sites, lines of gear, covered, to review, reimbursable. */
    public CheckReport.Summary summary() {
        return summary;
    }

    public CheckReport report() {
        CheckReport built = report;
        if (built == null) {
            built = InventoryCheck.report(inventory, items, summary);
            report = built;
        }
        return built;
    }
}
