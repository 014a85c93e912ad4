package com.ripreplace.persistence;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.Site;
import com.ripreplace.inventory.InventoryReader;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stores a checked inventory in one transaction and reads it back. */
@Singleton
public class InventoryStore {

    private final Repositories.Inventories inventories;
    private final Repositories.Files files;
    private final Repositories.Sites sites;
    private final Repositories.Items items;
    private final Repositories.Warnings warnings;
    private final StoredFiles storedFiles;
    private final ItemPages itemPages;

    InventoryStore(Repositories.Inventories inventories, Repositories.Files files, Repositories.Sites sites,
                   Repositories.Items items, Repositories.Warnings warnings, StoredFiles storedFiles,
                   ItemPages itemPages) {
        this.storedFiles = storedFiles;
        this.itemPages = itemPages;
        this.inventories = inventories;
        this.files = files;
        this.sites = sites;
        this.items = items;
        this.warnings = warnings;
    }

    /** A stored inventory's own row, files and import notes; its sites and lines come a page at a time. */
    public record Stored(InventoryRecord inventory, List<FileRecord> files, List<WarningRecord> warnings) {
    }

    /** Lines of gear written per batch, so a large inventory never has a second full copy as records. */
    private static final int BATCH = 1_000;

    /**
     * Stores a usable inventory and keeps its files (read again to estimate or plan it); refuses one with errors,
     * so nothing of it is ever kept.
     *
     * @param uploaded    the files the result was read from, in the order they were read
     * @param uploadNotes the upload's own warnings (a Program sheet naming another carrier), kept beside the files'
     */
    @Transactional
    public long save(CheckResult result, List<InventoryReader.InputFile> uploaded, String carrierFrn,
                     List<CheckReport.ProblemEntry> uploadNotes) {
        if (!result.usable()) {
            throw new IllegalArgumentException("An inventory with errors is never stored");
        }
        Inventory inventory = result.inventory();
        for (int i = 0; i < inventory.files().size(); i++) {
            storedFiles.keep(uploaded.get(i).path(), inventory.files().get(i).sha256());
        }
        var summary = result.summary();
        InventoryRecord saved = inventories.save(new InventoryRecord(null, OffsetDateTime.now(ZoneOffset.UTC),
                inventory.program().carrierName(), inventory.program().frn(), summary.sites(), summary.items(),
                summary.coveredItems(), summary.needsReview(), summary.reimbursableItems(), carrierFrn,
                summary.mustReplaceItems(), summary.categoryItems(), summary.coveredListAsOf(), summary.catalogVersion()));
        long id = saved.id();
        files.saveAll(inventory.files().stream().map(f -> new FileRecord(null, id, f.name(), f.kind(), f.sha256())).toList());
        sites.saveAll(inventory.sites().stream().map(s -> siteRecord(id, s)).toList());
        List<CheckedItem> all = result.items();
        for (int from = 0; from < all.size(); from += BATCH) {
            items.saveAll(all.subList(from, Math.min(all.size(), from + BATCH)).stream()
                    .map(i -> itemRecord(id, i)).toList());
        }
        warnings.saveAll(Stream.concat(inventory.warnings().stream().map(CheckReport.ProblemEntry::of), uploadNotes.stream())
                .map(w -> new WarningRecord(null, id, w.file(), w.sheet(), w.row(), w.column(), w.message())).toList());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(long id) {
        return inventories.findById(id).map(inventory -> new Stored(inventory, files.findByInventoryIdOrderById(id),
                warnings.findByInventoryIdOrderById(id)));
    }

    /** Which lines to show: a null filter shows every value. */
    public record ItemFilter(Boolean covered, Boolean needsReview, String siteId) {
        public static final ItemFilter ALL = new ItemFilter(null, null, null);
    }

    /** One page of an inventory's lines (page 0 first), with the number of lines the filter lets through. */
    @Transactional(readOnly = true)
    public Optional<Page<ItemRecord>> items(long id, ItemFilter filter, int page, int size) {
        if (!inventories.existsById(id)) {
            return Optional.empty();
        }
        return Optional.of(itemPages.page(id, filter, page, size));
    }

    /** One page of an inventory's sites in the order they were read (page 0 first); empty when there is no such inventory. */
    @Transactional(readOnly = true)
    public Optional<Page<SiteRecord>> sites(long id, int page, int size) {
        if (!inventories.existsById(id)) {
            return Optional.empty();
        }
        return Optional.of(sites.findByInventoryId(id, Pageable.from(page, size, Sort.of(Sort.Order.asc("id")))));
    }

    /** The carrier's stored inventories, newest first. */
    @Transactional(readOnly = true)
    public Page<InventoryRecord> inventories(String carrierFrn, int page, int size) {
        return inventories.findByCarrierFrn(carrierFrn, Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
    }

    /** The inventory's own row (counts, carrier), without its parts. */
    @Transactional(readOnly = true)
    public Optional<InventoryRecord> record(long id) {
        return inventories.findById(id);
    }

    /**
     * What it takes to read a stored inventory again: its files (under their upload names) and the findings of
     * the lines an engineer decided, by file, sheet and row.
     */
    public record Sources(List<InventoryReader.InputFile> files, Map<String, ItemRecord> decided) {

        public static String key(String file, String sheet, int row) {
            return file + "\u0000" + (sheet == null ? "" : sheet) + "\u0000" + row;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Sources> sources(long id) {
        if (!inventories.existsById(id)) {
            return Optional.empty();
        }
        List<InventoryReader.InputFile> inputs = files.findByInventoryIdOrderById(id).stream()
                .map(f -> new InventoryReader.InputFile(storedFiles.path(f.sha256()), f.name())).toList();
        Map<String, ItemRecord> decided = new HashMap<>();
        for (ItemRecord item : items.findByInventoryIdAndOverriddenOrderById(id, true)) {
            decided.put(Sources.key(item.sourceFile(), item.sourceSheet(), item.sourceRow()), item);
        }
        return Optional.of(new Sources(inputs, decided));
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
        inventories.update(inventory.withCounts((int) items.countByInventoryIdAndCovered(id, true),
                (int) items.countByInventoryIdAndNeedsReview(id, true),
                (int) items.countByInventoryIdAndReimbursable(id, true),
                (int) items.countByInventoryIdAndMustReplace(id, true),
                (int) items.countByInventoryIdAndCoveredCategoryIsNotNull(id)));
        return saved;
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return inventories.existsById(id);
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
        var override = l.override() == null ? java.util.Optional.<com.ripreplace.covered.EngineerDecision>empty()
                : com.ripreplace.covered.EngineerDecision.parse(l.override().text());
        return new ItemRecord(null, inventoryId, l.source().file(), l.source().sheet(), l.source().row(), l.siteId(),
                l.vendor(), l.model(), l.serial(), l.category(), l.quantity(), l.purchaseDate(), l.description(),
                l.unitReplacementCost(), l.mac(), f.covered(), f.entity(), f.confidence(), f.needsReview(), f.reason(),
                f.reimbursable(), f.overridden(), override.map(o -> o.decision().name()).orElse(null),
                override.map(com.ripreplace.covered.EngineerDecision::reason).orElse(null), f.coveredCategory(),
                f.mustReplace());
    }
}
