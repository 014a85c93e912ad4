package com.ripreplace.samples;

/** The equipment categories of the inventory workbook, with the label written in the Category column. */
enum Category {
    RAN_BASEBAND("RAN Baseband"),
    RADIO_UNIT("Radio Unit"),
    ANTENNA("Antenna"),
    CORE("Core"),
    MICROWAVE("Microwave"),
    IP_ROUTING("IP Routing"),
    OPTICAL_TRANSPORT("Optical Transport"),
    OLT("OLT"),
    ONT_CPE("ONT/CPE"),
    POWER("Power"),
    SURVEILLANCE("Surveillance"),
    SOFTWARE("Software"),
    DRONE("Drone");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static String[] labels() {
        Category[] all = values();
        String[] labels = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label;
        }
        return labels;
    }
}
