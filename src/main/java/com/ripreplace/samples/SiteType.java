package com.ripreplace.samples;

/** The kinds of site on the Sites sheet, with the label written in the Site Type column. */
enum SiteType {
    TOWER("Tower"),
    ROOFTOP("Rooftop"),
    HUB("Hub"),
    CORE("Core"),
    CENTRAL_OFFICE("Central Office"),
    SHELTER("Shelter");

    private final String label;

    SiteType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Cores, hubs and central offices carry other sites' traffic, so they are critical. */
    boolean aggregates() {
        return this == CORE || this == HUB || this == CENTRAL_OFFICE;
    }

    static String[] labels() {
        SiteType[] all = values();
        String[] labels = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label;
        }
        return labels;
    }
}
