package com.ripreplace.web;

import java.util.List;

/**
 * What the layout's header shows around every page: who is signed in (empty when nobody is), the links to their
 * role's pages, and whether to offer the sign-in link (not to someone signed in, nor on the sign-in page itself).
 * Templates read it as {@code chrome}.
 */
public record Chrome(String userName, List<NavLink> navigation, boolean offerSignIn) {

    public Chrome {
        userName = userName == null ? "" : userName;
        navigation = List.copyOf(navigation);
        offerSignIn = offerSignIn && userName.isEmpty();
    }

    /** Nobody signed in, on the page at {@code requestPath}. */
    public static Chrome signedOut(String requestPath) {
        return new Chrome("", List.of(), !PageController.SIGN_IN.equals(requestPath));
    }

    public boolean signedIn() {
        return !userName.isEmpty();
    }
}
