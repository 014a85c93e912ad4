package com.ripreplace.service;

import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.EngineerDecision;
import com.ripreplace.covered.Finding;
import com.ripreplace.covered.GearLine;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.ItemRecord;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * An engineer confirms or dismisses the finding on one line of gear, with a reason, whichever edge received it (the
 * API or the inventory page): the line is assessed again with the decision, stored with it, the inventory's counts
 * brought up to date, and the OVERRIDE entry written to the audit log.
 */
@Singleton
public class Findings {

    private final InventoryStore store;
    private final InventoryCheck check;
    private final CarrierScope scope;
    private final Audit audit;

    Findings(InventoryStore store, InventoryCheck check, CarrierScope scope, Audit audit) {
        this.store = store;
        this.check = check;
        this.scope = scope;
        this.audit = audit;
    }

    /** What became of a decision: the saved line, or why nothing was saved. */
    public sealed interface Outcome {
    }

    /** The line with its new finding and the engineer's decision. */
    public record Saved(ItemRecord item) implements Outcome {
    }

    /** The inventory has no such line (answered as 404). */
    public record NoSuchLine(String message) implements Outcome {
    }

    /** The decision or the reason cannot be used (answered as 422); nothing was saved. */
    public record Refused(String message) implements Outcome {
    }

    /**
     * @param decisionText "covered" (or "confirm") or "not covered" (or "dismiss")
     * @param address      where the request came from, for the audit log
     * @throws NotFoundException when the inventory is not one the viewer may see
     */
    public Outcome decide(Viewer viewer, long inventoryId, long itemId, String decisionText, String reason,
                          String address) {
        scope.inventory(viewer, inventoryId);
        Optional<ItemRecord> found = store.item(inventoryId, itemId);
        if (found.isEmpty()) {
            return new NoSuchLine("Inventory " + inventoryId + " has no line of gear " + itemId + ".");
        }
        Optional<EngineerDecision.Decision> decision = decision(decisionText);
        if (decision.isEmpty()) {
            return new Refused("decision must be 'covered', 'not covered' or 'replace'; found '" + decisionText + "'.");
        }
        if (reason == null || reason.isBlank()) {
            return new Refused(
                    "reason is required: say why the finding is confirmed or dismissed, for the grant reviewer.");
        }
        ItemRecord item = found.get();
        EngineerDecision override = new EngineerDecision(decision.get(), reason);
        Finding finding = check.reassess(new GearLine(item.vendor(), item.model(), item.description(), item.category(),
                item.mac(), item.purchaseDate()), Optional.of(override));
        ItemRecord saved = store.updateFinding(item.withFinding(finding, override.decision().name(), override.reason()));
        audit.record(viewer, viewer.carrierFrn(), AuditAction.OVERRIDE, "inventory " + inventoryId + " line " + itemId,
                override.decision() + " (" + item.sourceFile() + (item.sourceSheet() == null ? "" : " › " + item.sourceSheet())
                        + " › row " + item.sourceRow() + "): " + override.reason(), address);
        return new Saved(saved);
    }

    private static Optional<EngineerDecision.Decision> decision(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (word) {
            case "covered", "confirm", "confirm covered", "confirmed" -> Optional.of(EngineerDecision.Decision.CONFIRM_COVERED);
            case "not covered", "dismiss", "dismissed" -> Optional.of(EngineerDecision.Decision.DISMISS);
            case "replace", "replaced", "to be replaced" -> Optional.of(EngineerDecision.Decision.REPLACE);
            default -> Optional.empty();
        };
    }
}
