package com.ripreplace.check;

import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;

/** A line of gear with the verdict on it: the input of costing and planning. */
public record CheckedItem(EquipmentLine line, Finding finding) {
}
