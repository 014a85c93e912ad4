package com.ripreplace.api;

import com.ripreplace.access.Role;
import com.ripreplace.access.Viewer;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/** The person a checked token names, as the service reads it: name, role, carrier. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("a token without a role"));
        Object carrier = authentication.getAttributes().get(SignInProvider.CARRIER);
        return new Viewer(authentication.getName(), role, Optional.ofNullable(carrier).map(Object::toString));
    }
}
