package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A token stops working when it expires: here after one second (the service's default is an hour). */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "micronaut.security.token.generator.access-token.expiration", value = "1")
class TokenExpiryTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Test
    void aTokenPastItsLifetimeIsAskedToSignInAgain() throws InterruptedException {
        String ana = "expiring-" + Long.toString(System.nanoTime(), 36);
        People.ensure(accounts, ana, Role.ENGINEER, People.CARRIER_A);
        HttpResponse<Map<String, Object>> signedIn = client.toBlocking().exchange(HttpRequest.POST("/login",
                Map.of("username", ana, "password", People.passwordOf(ana))), Argument.mapOf(String.class, Object.class));
        String token = (String) signedIn.body().get("access_token");

        assertThat(signedIn.body()).containsEntry("expires_in", 1);
        assertThat(signedIn.getHeaders().get(HttpHeaders.SET_COOKIE)).contains("Max-Age=1;");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(claim(claims, "exp") - claim(claims, "iat")).as(claims).isEqualTo(1);

        Thread.sleep(2_500);

        Api.Answer bearer = Api.get(People.withToken(client, token), "/api/inventories");
        Api.Answer cookie = Api.send(client.toBlocking(), HttpRequest.GET("/api/inventories")
                .header(HttpHeaders.COOKIE, "JWT=" + token));
        for (Api.Answer expired : new Api.Answer[] {bearer, cookie}) {
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.body()).startsWith("{\"message\":\"Sign in first: POST /login")
                    .contains("A token stops working when it expires");
        }
    }

    static long claim(String claims, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(claims);
        assertThat(m.find()).as(name + " in " + claims).isTrue();
        return Long.parseLong(m.group(1));
    }
}
