package com.ripreplace.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A place where gear stands: a tower, a hub, a central office.
 *
 * @param accessMonths months (1..12) in which crews can work there; all twelve for a year-round site
 * @param dependsOn    ids of the sites that must be finished before this one starts
 */
public record Site(String siteId, String siteName, Double latitude, Double longitude, String state,
                   String siteType, boolean critical, Integer subscribers, List<String> dependsOn,
                   List<Integer> accessMonths, LocalDate earliestStart, SourceRef source) {

    public static final List<Integer> ALL_YEAR = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    public Site {
        Objects.requireNonNull(siteId, "siteId");
        if (siteId.isBlank()) {
            throw new IllegalArgumentException("A site id cannot be blank");
        }
        dependsOn = List.copyOf(dependsOn);
        accessMonths = List.copyOf(accessMonths);
    }
}
