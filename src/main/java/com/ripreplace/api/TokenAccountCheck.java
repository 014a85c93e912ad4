package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.persistence.SignedOutTokenStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

/**
 * Refuses a token (401) whose account is gone or disabled, or was issued before the account's password was reset
 * or it was disabled (the token's sessions_from claim no longer matches the account's), or that was signed out with,
 * or that has no id (one issued before tokens had one, and so could not be signed out): a token is checked against
 * the accounts on every request, not only when it expires.
 */
@Singleton
public class TokenAccountCheck implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Accounts accounts;
    private final SignedOutTokenStore signedOut;

    TokenAccountCheck(Accounts accounts, SignedOutTokenStore signedOut) {
        this.accounts = accounts;
        this.signedOut = signedOut;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        var set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Object sessionsFrom = set.getClaim(SignInProvider.SESSIONS_FROM);
        return set.getSubject() != null && sessionsFrom instanceof Number sessions
                && accounts.current(set.getSubject(), sessions.longValue()).isPresent()
                && set.getJWTID() != null && !signedOut.isSignedOut(set.getJWTID());
    }
}
