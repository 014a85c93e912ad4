package com.ripreplace.covered;

/** What part of an entity's business the Covered List names. */
public enum Scope {
    TELECOM_EQUIPMENT("telecom equipment"),
    VIDEO_SURVEILLANCE("video surveillance equipment"),
    SOFTWARE("security software and services"),
    SERVICES("international telecom services"),
    UAS("drones and drone components");

    private final String words;

    Scope(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
