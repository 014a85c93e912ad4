package com.ripreplace.access;

/** What a person who signs in may do; engineers and finance staff belong to one carrier, administrators to none. */
public enum Role {
    /** Owns a carrier's inventory: uploads, overrides findings, plans, reads and downloads its plans. */
    ENGINEER,
    /** The money side of a carrier: reads its inventories, estimates, plans, downloads, submits for review. */
    FINANCE,
    /** Reviews what carriers submit: reads every carrier's submissions, approves or returns them. */
    GRANT_ADMIN;

    public boolean belongsToCarrier() {
        return this != GRANT_ADMIN;
    }

    /** The role named as a person types it (any case, {@code grant-admin} too), or a sentence saying what is allowed. */
    public static Role parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new AccountException("The role must be ENGINEER, FINANCE or GRANT_ADMIN; got \"" + text + "\".");
    }
}
