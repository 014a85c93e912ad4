package com.ripreplace.samples;

/** The columns of the Equipment sheet, in order, with the exact header the product's reader expects. */
enum EquipmentColumn {
    SITE_ID("Site ID", 12),
    VENDOR("Vendor", 30),
    MODEL("Model", 26),
    SERIAL("Serial", 24),
    CATEGORY("Category", 18),
    QUANTITY("Quantity", 10),
    PURCHASE_DATE("Purchase Date", 14),
    DESCRIPTION("Description", 44),
    UNIT_REPLACEMENT_COST("Unit Replacement Cost", 22),
    MAC("MAC", 20);

    static final String SHEET = "Equipment";

    private final String header;
    private final int widthChars;

    EquipmentColumn(String header, int widthChars) {
        this.header = header;
        this.widthChars = widthChars;
    }

    String header() {
        return header;
    }

    /** Column width in POI units (1/256 of a character). */
    int width() {
        return widthChars * 256;
    }
}
