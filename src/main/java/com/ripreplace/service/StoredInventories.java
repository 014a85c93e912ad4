package com.ripreplace.service;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.ItemRecord;
import jakarta.inject.Singleton;

/**
 * A stored inventory read again from its kept files, with every finding an engineer decided over HTTP put back
 * on its line, so estimates and plans see exactly what the items endpoint shows.
 */
@Singleton
public class StoredInventories {

    private final InventoryStore store;
    private final InventoryCheck check;

    StoredInventories(InventoryStore store, InventoryCheck check) {
        this.store = store;
        this.check = check;
    }

    public boolean exists(long inventoryId) {
        return store.exists(inventoryId);
    }

    /** The inventory as checked, with the engineer's decisions; 404 when there is no such inventory. */
    public CheckResult read(long inventoryId) {
        InventoryStore.Sources sources = store.sources(inventoryId)
                .orElseThrow(() -> NotFoundException.inventory(inventoryId));
        CheckResult result = check.run(sources.files());
        if (!result.usable()) {
            throw new IllegalStateException("Stored inventory " + inventoryId + " no longer reads: "
                    + result.inventory().errors());
        }
        if (sources.decided().isEmpty()) {
            return result;
        }
        return result.withFindings(item -> {
            var source = item.line().source();
            ItemRecord decided = sources.decided().get(InventoryStore.Sources.key(source.file(), source.sheet(),
                    source.row()));
            return decided == null ? item : new CheckedItem(item.line(), decided.finding());
        });
    }
}
