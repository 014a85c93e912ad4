package com.ripreplace.covered;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rules need from one inventory line, read once: names in each cell, the model families the
 * model number (and the description) belong to, and the MAC block.
 *
 * @param vendorBlank         the Vendor column is empty or a placeholder ("unknown", "n/a", "tbd" ...)
 * @param modelFamilies       families of the Model cell that are not named only as "compatible with"
 * @param descriptionFamilies distinctive families found in the description, same condition
 * @param compatibleFamilies  families named only as what the gear works with ("SFP for Huawei OSN 3500")
 */
record LineReading(GearLine line, Field vendor, Field model, Field description, Field category,
                   boolean vendorBlank, List<ModelFamilyIndex.Match> modelFamilies,
                   List<ModelFamilyIndex.Match> descriptionFamilies, List<ModelFamilyIndex.Match> compatibleFamilies,
                   Optional<MacPrefixIndex.Match> mac) {

    /** The vendor cell is filled with something that is neither a covered name, a lookalike nor a known maker. */
    boolean vendorUnfamiliar() {
        return !vendorBlank && vendor.mentions().isEmpty();
    }
}
