package com.ripreplace.covered;

import java.time.LocalDate;
import java.util.Optional;

/** First cut (replaced by the catalog-driven matcher): the vendor is Huawei or ZTE. */
public final class CoveredGearMatcher {
    public CoveredGearMatcher(CoveredCatalog catalog) { }

    public Finding assess(GearLine line) { return assess(line, Optional.empty()); }

    public Finding assess(GearLine line, Optional<Override> override) {
        String v = line.vendor() == null ? "" : line.vendor().toLowerCase();
        String entity = v.matches(".*\\bhuawei\\b.*") ? "HUAWEI" : v.matches(".*\\bzte\\b.*") ? "ZTE" : null;
        if (entity == null) {
            return new Finding(false, null, 0.9, false, "Vendor is not on the Covered List", false, false);
        }
        boolean dated = line.purchaseDate() != null;
        boolean reimbursable = dated && !line.purchaseDate().isAfter(LocalDate.of(2020, 6, 30));
        return new Finding(true, entity, 0.99, !dated, "Vendor '" + line.vendor() + "' is " + entity, reimbursable, false);
    }
}
