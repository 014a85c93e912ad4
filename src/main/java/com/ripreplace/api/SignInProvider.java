package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a username and password against the accounts (on the blocking pool: bcrypt takes tens of
 * milliseconds). The token it leads to names the person, the role, the carrier, and the account's sessions it
 * belongs to.
 */
@Singleton
public class SignInProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String CARRIER = "carrier";
    /** The account's sessions the token belongs to (see {@link Accounts#current}); a password reset or disable ends them. */
    static final String SESSIONS_FROM = "sessions_from";

    private final Accounts accounts;

    SignInProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        Accounts.SignIn outcome = accounts.signIn(credentials.getIdentity(), credentials.getSecret(),
                ClientAddress.of(request));
        if (outcome instanceof Accounts.SignIn.Accepted accepted) {
            Viewer viewer = accepted.viewer();
            Map<String, Object> claims = new HashMap<>();
            claims.put(SESSIONS_FROM, accepted.sessionsFrom());
            viewer.carrier().ifPresent(frn -> claims.put(CARRIER, frn));
            return AuthenticationResponse.success(viewer.username(), List.of(viewer.role().name()), claims);
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
