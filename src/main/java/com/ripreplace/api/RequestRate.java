package com.ripreplace.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code ripreplace.requests.per-minute} API requests a minute per signed-in person (a token bucket each,
 * Bucket4j): beyond that 429 with Retry-After. Runs after sign-in is checked, so it counts people, not addresses;
 * requests without a valid token are answered 401 before they get here.
 */
@ServerFilter("/api/**")
public class RequestRate implements Ordered {

    private final long perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestRate(@Value("${ripreplace.requests.per-minute:600}") long perMinute) {
        this.perMinute = perMinute;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        Optional<Principal> who = request.getUserPrincipal();
        if (who.isEmpty() || perMinute <= 0) {
            return null;
        }
        Bucket bucket = buckets.computeIfAbsent(who.get().getName(), name -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds))
                .body(new ApiError("More than " + perMinute + " requests a minute from " + who.get().getName()
                        + ": try again in " + seconds + " s."));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
