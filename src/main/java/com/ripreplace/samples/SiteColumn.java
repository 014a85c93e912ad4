package com.ripreplace.samples;

/** The columns of the Sites sheet, in order, with the exact header the product's reader expects. */
enum SiteColumn {
    SITE_ID("Site ID", 12),
    SITE_NAME("Site Name", 28),
    LATITUDE("Latitude", 12),
    LONGITUDE("Longitude", 13),
    STATE("State", 8),
    SITE_TYPE("Site Type", 16),
    CRITICAL("Critical", 10),
    SUBSCRIBERS("Subscribers", 13),
    DEPENDS_ON("Depends On", 20),
    ACCESS_MONTHS("Access Months", 15),
    EARLIEST_START("Earliest Start", 15);

    static final String SHEET = "Sites";

    private final String header;
    private final int widthChars;

    SiteColumn(String header, int widthChars) {
        this.header = header;
        this.widthChars = widthChars;
    }

    String header() {
        return header;
    }

    int width() {
        return widthChars * 256;
    }
}
