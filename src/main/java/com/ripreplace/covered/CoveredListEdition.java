package com.ripreplace.covered;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Which Covered List a catalog reflects, for reports to say what their findings rest on.
 *
 * @param catalogVersion the catalog's version ("2026.12.1")
 * @param asOf           the day up to which the catalog reflects the list and the FCC's guidance on it
 * @param latestListing  the day of the latest listing in the catalog (an entity or a category added)
 */
public record CoveredListEdition(String catalogVersion, LocalDate asOf, LocalDate latestListing) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    public CoveredListEdition {
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(latestListing, "latestListing");
    }

    /** "Covered List as of 30 April 2026 (latest listing reflected: 23 March 2026; catalog 2026.12.1)". */
    public String describe() {
        return "Covered List as of " + DAY.format(asOf) + " (latest listing reflected: " + DAY.format(latestListing)
                + "; catalog " + catalogVersion + ")";
    }
}
