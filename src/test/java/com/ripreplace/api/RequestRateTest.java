package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person who sends more requests a minute than the limit gets 429 with when to try again; others go on. */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "ripreplace.requests.per-minute", value = "5")
class RequestRateTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    record Reply(int status, String body, String retryAfter) {
    }

    static Reply get(BlockingHttpClient as, String path) {
        try {
            HttpResponse<String> r = as.exchange(HttpRequest.GET(path), String.class);
            return new Reply(r.code(), r.getBody(String.class).orElse(""), r.header("Retry-After"));
        } catch (HttpClientResponseException e) {
            return new Reply(e.code(), e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse().header("Retry-After"));
        }
    }

    @Test
    void theSixthRequestInAMinuteIsRefusedWith429AndRetryAfterAndAnotherPersonIsNotHeldUp() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String ana = "busy-" + suffix;
        BlockingHttpClient busy = People.as(client, accounts, ana, Role.ENGINEER, People.CARRIER_A);
        BlockingHttpClient other = People.as(client, accounts, "calm-" + suffix, Role.FINANCE, People.CARRIER_A);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(get(busy, "/api/inventories").status());
        }
        Reply sixth = get(busy, "/api/inventories");

        assertThat(statuses).containsOnly(200);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(Integer.parseInt(sixth.retryAfter())).isBetween(1, 60);
        assertThat(sixth.body()).isEqualTo("{\"message\":\"More than 5 requests a minute from " + ana
                + ": try again in " + sixth.retryAfter() + " s.\"}");
        assertThat(get(busy, "/api/plans").status()).as("every API path counts").isEqualTo(429);

        assertThat(get(other, "/api/inventories").status()).isEqualTo(200);
        assertThat(get(other, "/api/plans").status()).isEqualTo(200);
        assertThat(get(client.toBlocking(), "/health").status()).as("the health check is not an API request")
                .isEqualTo(200);
    }
}
