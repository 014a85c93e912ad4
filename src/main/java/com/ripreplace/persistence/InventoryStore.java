package com.ripreplace.persistence;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.Site;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores a checked inventory in one transaction and reads it back. */
@Singleton
public class InventoryStore {

    private final Repositories.Inventories inventories;
    private final Repositories.Files files;
    private final Repositories.Sites sites;
    private final Repositories.Items items;
    private final Repositories.Warnings warnings;

    InventoryStore(Repositories.Inventories inventories, Repositories.Files files, Repositories.Sites sites,
                   Repositories.Items items, Repositories.Warnings warnings) {
        this.inventories = inventories;
        this.files = files;
        this.sites = sites;
        this.items = items;
        this.warnings = warnings;
    }

    /** A stored inventory with its parts. */
    public record Stored(InventoryRecord inventory, List<FileRecord> files, List<SiteRecord> sites,
                         List<WarningRecord> warnings) {
    }

    /** Stores a usable inventory; refuses one with errors, so nothing of it is ever kept. */
    @Transactional
    public long save(CheckResult result) {
        if (!result.usable()) {
            throw new IllegalArgumentException("An inventory with errors is never stored");
        }
        Inventory inventory = result.inventory();
        var summary = result.summary();
        InventoryRecord saved = inventories.save(new InventoryRecord(null, OffsetDateTime.now(ZoneOffset.UTC),
                inventory.program().carrierName(), summary.sites(), summary.items(), summary.coveredItems(),
                summary.needsReview(), summary.reimbursableItems()));
        long id = saved.id();
        files.saveAll(inventory.files().stream().map(f -> new FileRecord(null, id, f.name(), f.kind(), f.sha256())).toList());
        sites.saveAll(inventory.sites().stream().map(s -> siteRecord(id, s)).toList());
        items.saveAll(result.items().stream().map(i -> itemRecord(id, i)).toList());
        warnings.saveAll(inventory.warnings().stream().map(w -> new WarningRecord(null, id, w.file(), w.sheet(), w.row(),
                w.column(), w.message())).toList());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(long id) {
        return inventories.findById(id).map(inventory -> new Stored(inventory, files.findByInventoryIdOrderById(id),
                sites.findByInventoryIdOrderById(id), warnings.findByInventoryIdOrderById(id)));
    }

    @Transactional(readOnly = true)
    public Optional<List<ItemRecord>> items(long id) {
        if (!inventories.existsById(id)) {
            return Optional.empty();
        }
        return Optional.of(items.findByInventoryIdOrderById(id));
    }

    @Transactional(readOnly = true)
    public Optional<ItemRecord> item(long inventoryId, long itemId) {
        return items.findByIdAndInventoryId(itemId, inventoryId);
    }

    /** Replaces a line's finding and brings the inventory's counts up to date, in one transaction. */
    @Transactional
    public ItemRecord updateFinding(ItemRecord changed) {
        ItemRecord saved = items.update(changed);
        long id = changed.inventoryId();
        InventoryRecord inventory = inventories.findById(id).orElseThrow();
        inventories.update(new InventoryRecord(inventory.id(), inventory.createdAt(), inventory.carrierName(),
                inventory.siteCount(), inventory.itemCount(), (int) items.countByInventoryIdAndCovered(id, true),
                (int) items.countByInventoryIdAndNeedsReview(id, true),
                (int) items.countByInventoryIdAndReimbursable(id, true)));
        return saved;
    }

    @Transactional(readOnly = true)
    public long count() {
        return inventories.count();
    }

    private static SiteRecord siteRecord(long inventoryId, Site s) {
        return new SiteRecord(null, inventoryId, s.siteId(), s.siteName(), s.latitude(), s.longitude(), s.state(),
                s.siteType(), s.critical(), s.subscribers(), String.join(",", s.dependsOn()),
                s.accessMonths().stream().map(String::valueOf).collect(Collectors.joining(",")), s.earliestStart());
    }

    private static ItemRecord itemRecord(long inventoryId, CheckedItem item) {
        EquipmentLine l = item.line();
        Finding f = item.finding();
        var override = l.override() == null ? java.util.Optional.<com.ripreplace.covered.Override>empty()
                : com.ripreplace.covered.Override.parse(l.override().text());
        return new ItemRecord(null, inventoryId, l.source().file(), l.source().sheet(), l.source().row(), l.siteId(),
                l.vendor(), l.model(), l.serial(), l.category(), l.quantity(), l.purchaseDate(), l.description(),
                l.unitReplacementCost(), l.mac(), f.covered(), f.entity(), f.confidence(), f.needsReview(), f.reason(),
                f.reimbursable(), f.overridden(), override.map(o -> o.decision().name()).orElse(null),
                override.map(com.ripreplace.covered.Override::reason).orElse(null));
    }
}
