package com.ripreplace.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@code POST /login} answers. Sent as JSON (a script): 200 with {@code {"access_token", "token_type",
 * "expires_in", "username"}}. Sent from the sign-in page (a form): 303 to the pages. Either way the same token is
 * set as an HttpOnly cookie (SameSite=Lax, so another site's form cannot use it) for the pages. A refusal is 401
 * with one sentence for a script, or back to the sign-in page saying it failed ({@code /signin?error}).
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
public class SignInHandler implements LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String REFUSED = "Sign-in failed: the username or password is wrong, or the account is disabled"
            + " or locked for a while after repeated failures.";

    private final AccessRefreshTokenGenerator tokens;
    private final String cookieName;
    private final Duration lifetime;

    SignInHandler(AccessRefreshTokenGenerator tokens,
                  @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName,
                  @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int lifetimeSeconds) {
        this.tokens = tokens;
        this.cookieName = cookieName;
        this.lifetime = Duration.ofSeconds(lifetimeSeconds);
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        Optional<AccessRefreshToken> token = tokens.generate(authentication);
        if (token.isEmpty()) {
            return HttpResponse.serverError();
        }
        Cookie cookie = Cookie.of(cookieName, token.get().getAccessToken()).httpOnly(true).sameSite(SameSite.Lax)
                .path("/").maxAge(lifetime).secure(request.isSecure());
        if (fromForm(request)) {
            return HttpResponse.seeOther(URI.create("/")).cookie(cookie);
        }
        return HttpResponse.ok(token.get()).cookie(cookie);
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ApiError("Tokens are not refreshed: sign in again."));
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (fromForm(request)) {
            return HttpResponse.seeOther(URI.create("/signin?error"));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ApiError(REFUSED));
    }

    static boolean fromForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
    }
}
