package com.ripreplace.cost;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Site;
import com.ripreplace.inventory.SourceRef;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Named helpers that build checked lines of gear and sites for the cost tests. */
final class Gear {

    private static int row = 1;

    private Gear() {
    }

    static Site aTower(String id) {
        return aSite(id, "Tower");
    }

    static Site aSite(String id, String type) {
        return new Site(id, id + " site", 44.0, -104.0, "WY", type, false, 100, List.of(), Site.ALL_YEAR, null,
                new SourceRef("inv.xlsx", "Sites", ++row));
    }

    /** Huawei or ZTE gear obtained by 30 June 2020: covered and reimbursable. */
    static CheckedItem eligible(String site, String category, int quantity) {
        return item(site, category, quantity, null, new Finding(true, "HUAWEI", 0.99, false, "Huawei", true, false));
    }

    /** Covered gear the carrier pays for (bought after the cutoff, or another covered entity). */
    static CheckedItem carrierPaid(String site, String category, int quantity) {
        return item(site, category, quantity, null, new Finding(true, "ZTE", 0.99, false, "ZTE after cutoff", false, false));
    }

    /** A foreign-produced consumer router the Covered List's category covers: it may stay in service. */
    static CheckedItem consumerRouter(String site, int quantity) {
        return item(site, "Router", quantity, null, new Finding(true, "FOREIGN_CONSUMER_ROUTER", 0.9, true,
                "Consumer router", false, false, "FOREIGN_CONSUMER_ROUTER", false));
    }

    /** The same router, which an engineer's override decided to replace. */
    static CheckedItem consumerRouterToReplace(String site, int quantity) {
        return item(site, "Router", quantity, null, new Finding(true, "FOREIGN_CONSUMER_ROUTER", 1.0, false,
                "Consumer router. Overridden by engineer, to be replaced", false, true, "FOREIGN_CONSUMER_ROUTER", true));
    }

    static CheckedItem trusted(String site, String category, int quantity) {
        return item(site, category, quantity, null, new Finding(false, null, 0.9, false, "Ericsson", false, false));
    }

    static CheckedItem eligibleWithOwnUnitCost(String site, String category, int quantity, String unitCost) {
        return item(site, category, quantity, new BigDecimal(unitCost),
                new Finding(true, "HUAWEI", 0.99, false, "Huawei", true, false));
    }

    private static CheckedItem item(String site, String category, int quantity, BigDecimal unitCost, Finding finding) {
        EquipmentLine line = new EquipmentLine(new SourceRef("inv.xlsx", "Equipment", ++row), site, "Vendor", "Model",
                "SN-" + row, category, quantity, null, null, unitCost, null, null, Map.of());
        return new CheckedItem(line, finding);
    }
}
