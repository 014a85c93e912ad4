package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;

import java.util.Map;

/**
 * The people of the tests, signed in as a user of the API would be: an account added through {@link Accounts}
 * (as {@code users add} does), a {@code POST /login}, and every request sent with the bearer token it answered.
 */
public final class People {

    public static final String CARRIER_A = "0012345678";
    public static final String CARRIER_B = "0098765432";

    private People() {
    }

    /** A password for a test account (never a default of the product: each account is added with its own). */
    public static String passwordOf(String username) {
        return "pw-" + username + "-2026";
    }

    /** Adds the account unless the (shared, in-memory) test database already has it. */
    public static void ensure(Accounts accounts, String username, Role role, String carrier) {
        if (accounts.all().stream().noneMatch(a -> a.username().equals(username))) {
            accounts.add(username, role, carrier, passwordOf(username), "test", "test");
        }
    }

    public static String token(HttpClient client, String username) {
        return token(client, username, passwordOf(username));
    }

    public static String token(HttpClient client, String username, String password) {
        HttpResponse<Map> answer = client.toBlocking().exchange(HttpRequest.POST("/login",
                Map.of("username", username, "password", password)), Map.class);
        return (String) answer.body().get("access_token");
    }

    /** A client that sends every request with this bearer token. */
    public static BlockingHttpClient withToken(HttpClient client, String token) {
        return new SignedIn(client.toBlocking(), token);
    }

    /** A client that sends every request as this person. */
    public static BlockingHttpClient as(HttpClient client, Accounts accounts, String username, Role role,
                                       String carrier) {
        ensure(accounts, username, role, carrier);
        return new SignedIn(client.toBlocking(), token(client, username));
    }

    public static BlockingHttpClient engineer(HttpClient client, Accounts accounts) {
        return as(client, accounts, "eng-a", Role.ENGINEER, CARRIER_A);
    }

    public static BlockingHttpClient finance(HttpClient client, Accounts accounts) {
        return as(client, accounts, "fin-a", Role.FINANCE, CARRIER_A);
    }

    /** The bearer token added to each request the wrapped client sends. */
    record SignedIn(BlockingHttpClient client, String token) implements BlockingHttpClient {

        @Override
        public <I, O, E> HttpResponse<O> exchange(HttpRequest<I> request, Argument<O> bodyType, Argument<E> errorType) {
            if (request instanceof MutableHttpRequest<I> mutable && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
                mutable.bearerAuth(token);
            }
            return client.exchange(request, bodyType, errorType);
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public void close() {
            // the wrapped client belongs to the test's context
        }
    }
}
