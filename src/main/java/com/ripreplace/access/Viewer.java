package com.ripreplace.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking: a signed-in person's name, role and carrier (the carrier's FRN; none for grant administrators).
 * Every read and change of carrier data goes through {@link #sees(String)}.
 */
public record Viewer(String username, Role role, Optional<String> carrier) {

    public Viewer {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        if (role.belongsToCarrier() != carrier.isPresent()) {
            throw new IllegalArgumentException(role + " " + username + " must " + (role.belongsToCarrier() ? "" : "not ")
                    + "have a carrier");
        }
    }

    /** Whether this person belongs to the carrier with this FRN (never true for an administrator). */
    public boolean sees(String carrierFrn) {
        return carrier.isPresent() && carrier.get().equals(carrierFrn);
    }

    public boolean isAdministrator() {
        return role == Role.GRANT_ADMIN;
    }

    /** The carrier's FRN, for a role that has one. */
    public String carrierFrn() {
        return carrier.orElseThrow(() -> new IllegalStateException(username + " belongs to no carrier"));
    }
}
