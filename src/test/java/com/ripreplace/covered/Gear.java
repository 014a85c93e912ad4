package com.ripreplace.covered;

import java.time.LocalDate;

/** Test fixtures: inventory lines built by name, e.g. {@code aLine().vendor("Huawei").model("BBU3900").obtainedOn("2019-04-02")}. */
final class Gear {

    private String vendor = "";
    private String model = "";
    private String description = "";
    private String category = "";
    private String mac = "";
    private LocalDate purchaseDate = LocalDate.of(2019, 4, 2);

    private Gear() {
    }

    /** A line bought on 2019-04-02 (before the reimbursement cut-off) with every other cell blank. */
    static Gear aLine() {
        return new Gear();
    }

    Gear vendor(String value) {
        vendor = value;
        return this;
    }

    Gear model(String value) {
        model = value;
        return this;
    }

    Gear description(String value) {
        description = value;
        return this;
    }

    Gear category(String value) {
        category = value;
        return this;
    }

    Gear mac(String value) {
        mac = value;
        return this;
    }

    /** No purchase date. */
    Gear undated() {
        purchaseDate = null;
        return this;
    }

    Gear obtainedOn(String isoDate) {
        purchaseDate = LocalDate.parse(isoDate);
        return this;
    }

    Gear withoutPurchaseDate() {
        purchaseDate = null;
        return this;
    }

    GearLine line() {
        return new GearLine(vendor, model, description, category, mac, purchaseDate);
    }
}
