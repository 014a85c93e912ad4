package com.ripreplace.check;

import com.ripreplace.inventory.Inventory;

import java.util.List;

/** An inventory read and checked: the inventory, each line with its finding, and the report a person reads. */
public record CheckResult(Inventory inventory, List<CheckedItem> items, CheckReport report) {

    public boolean usable() {
        return inventory.usable();
    }
}
