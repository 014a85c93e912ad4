package com.ripreplace.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.cookie.CookieTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the token from the cookie {@link SignInHandler} sets, so a browser's requests are signed in by it. Micronaut's
 * own cookie reader exists only in its cookie authentication mode; the service runs in bearer mode (POST /login
 * answers JSON to scripts), where the cookie was set but never read. An Authorization header, when sent, is read
 * first; an empty cookie (as signing out leaves it) signs nobody in.
 */
@Singleton
class SignInCookie implements TokenReader<HttpRequest<?>> {

    private final String cookieName;

    SignInCookie(@Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    @Override
    public int getOrder() {
        return CookieTokenReader.ORDER; // after the bearer header's reader
    }
}
