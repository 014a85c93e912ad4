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

import java.util.List;
import java.util.Map;

/**
 * Checks a username and password against the accounts (on the blocking pool: bcrypt takes tens of
 * milliseconds). The token it leads to names the person, the role and the carrier.
 */
@Singleton
public class SignInProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String CARRIER = "carrier";

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
            return AuthenticationResponse.success(viewer.username(), List.of(viewer.role().name()),
                    viewer.carrier().<Map<String, Object>>map(frn -> Map.of(CARRIER, frn)).orElse(Map.of()));
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
