package com.ripreplace.inventory;

import java.time.LocalDate;
import java.util.List;

/** A site as it is being gathered from a Sites sheet or from the site columns of equipment rows. */
final class SiteDraft {

    final String siteId;
    final SourceRef source;
    final boolean fromSitesSheet;
    /** True when site columns on an equipment sheet (a flat layout) describe the site. */
    boolean describedBySiteColumns;
    String siteName;
    Double latitude;
    Double longitude;
    String state;
    String siteType;
    Boolean critical;
    Integer subscribers;
    List<String> dependsOn = List.of();
    List<Integer> accessMonths = Site.ALL_YEAR;
    LocalDate earliestStart;
    /** Where the Depends On cell is, to point at it if a dependency is unknown. */
    Problem dependsOnCell;

    SiteDraft(String siteId, SourceRef source, boolean fromSitesSheet) {
        this.siteId = siteId;
        this.source = source;
        this.fromSitesSheet = fromSitesSheet;
    }

    Site toSite() {
        return new Site(siteId, siteName, latitude, longitude, state, siteType, Boolean.TRUE.equals(critical),
                subscribers, dependsOn, accessMonths, earliestStart, source);
    }

    static String key(String siteId) {
        return siteId.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
