package com.ripreplace.samples;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One product line a carrier might have in the field.
 *
 * @param vendor          its manufacturer
 * @param model           the model as inventories write it
 * @param category        the workbook category
 * @param nominalUnitCost a plausible replacement cost per unit, in whole dollars
 * @param minQuantity     smallest quantity on one line
 * @param maxQuantity     largest quantity on one line
 * @param siteTypes       the kinds of site it is installed at
 * @param networked       whether it has a MAC address worth recording
 * @param serialStyle     how its serial numbers look
 * @param weight          relative frequency among models of the same category and standing
 * @param descriptions    short descriptions an engineer would write
 */
record GearModel(Vendor vendor, String model, Category category, long nominalUnitCost, int minQuantity,
                 int maxQuantity, Set<SiteType> siteTypes, boolean networked, Vendor.SerialStyle serialStyle,
                 int weight, List<String> descriptions) {

    GearModel {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(category, "category");
        if (nominalUnitCost <= 0 || minQuantity < 1 || maxQuantity < minQuantity || weight < 1) {
            throw new IllegalArgumentException("Bad gear model " + model);
        }
        siteTypes = Set.copyOf(siteTypes);
        descriptions = List.copyOf(descriptions);
        if (siteTypes.isEmpty() || descriptions.isEmpty()) {
            throw new IllegalArgumentException("Gear model " + model + " needs site types and descriptions");
        }
    }

    boolean installedAt(SiteType type) {
        return siteTypes.contains(type);
    }
}
