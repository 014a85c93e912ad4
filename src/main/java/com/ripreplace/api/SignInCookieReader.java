package com.ripreplace.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the pages' sign-in cookie (set by {@link SignInHandler}) as a token. Micronaut Security's own cookie reader
 * is only active in the cookie authentication mode, and this service runs in the bearer mode (the API's answers and
 * the login handler are the bearer mode's), so without this reader the cookie would be set but never read. A bearer
 * header, when a request has one, is read first.
 */
@Singleton
public class SignInCookieReader implements TokenReader<HttpRequest<?>> {

    private final String cookieName;

    SignInCookieReader(@Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** After the Authorization header's reader (order 0). */
    @Override
    public int getOrder() {
        return 100;
    }
}
