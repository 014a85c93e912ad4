package com.ripreplace.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated line of gear, one row of the Equipment sheet.
 *
 * @param siteId       the site it is installed at
 * @param model        the product line
 * @param vendorName   the vendor as this sheet spells it
 * @param serial       a serial unique within the file
 * @param quantity     units on this line
 * @param purchaseDate when it was bought, if the carrier recorded it
 * @param description  a short description
 * @param unitCost     the carrier's own replacement cost per unit, where it gave one
 * @param mac          a MAC address, where it recorded one
 */
record EquipmentLine(String siteId, GearModel model, String vendorName, String serial, int quantity,
                     Optional<LocalDate> purchaseDate, String description, Optional<BigDecimal> unitCost,
                     Optional<String> mac) {

    EquipmentLine {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(purchaseDate, "purchaseDate");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(mac, "mac");
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity must be at least 1 on " + serial);
        }
    }

    boolean covered() {
        return model.vendor().covered();
    }

    /** Huawei or ZTE gear with a purchase date on or before 30 June 2020. */
    boolean reimbursable() {
        return model.vendor().reimbursableEntity()
                && purchaseDate.map(d -> !d.isAfter(CarrierProfile.REIMBURSABLE_CUTOFF)).orElse(false);
    }

    /** Replacement cost of the whole line at the unit cost given, else the catalog's nominal cost. */
    double replacementCost() {
        double unit = unitCost.map(BigDecimal::doubleValue).orElse((double) model.nominalUnitCost());
        return unit * quantity;
    }
}
