package com.ripreplace.api;

import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
import com.ripreplace.persistence.SignedOutTokenStore;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.Claims;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * {@code POST /logout}: ends the token it is sent with, cookie or bearer (a copy of it is refused from then on), and
 * clears the pages' sign-in cookie (from a form: back to the sign-in page; otherwise 204). The person's other
 * tokens stay valid; resetting the password ends them all at once.
 */
@Controller("/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class SignOutController {

    private final Audit audit;
    private final SignedOutTokenStore signedOut;
    private final String cookieName;

    SignOutController(Audit audit, SignedOutTokenStore signedOut,
                      @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName) {
        this.audit = audit;
        this.signedOut = signedOut;
        this.cookieName = cookieName;
    }

    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> signOut(@Nullable Authentication authentication, HttpRequest<?> request) {
        if (authentication != null) {
            Viewer viewer = Viewers.of(authentication);
            end(authentication);
            audit.record(viewer, viewer.carrier().orElse(null), AuditAction.SIGN_OUT, "user " + viewer.username(), null,
                    ClientAddress.of(request));
        }
        Cookie cleared = Cookie.of(cookieName, "").httpOnly(true).sameSite(SameSite.Lax).path("/").maxAge(0);
        if (SignInHandler.fromForm(request)) {
            return HttpResponse.seeOther(URI.create("/signin?signedOut")).cookie(cleared);
        }
        return HttpResponse.noContent().cookie(cleared);
    }

    /** Records the token's id until it would have expired (every token this service accepts has one). */
    private void end(Authentication authentication) {
        Object id = authentication.getAttributes().get(Claims.TOKEN_ID);
        Object expires = authentication.getAttributes().get(Claims.EXPIRATION_TIME);
        if (id != null) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            signedOut.signOut(id.toString(), expiresAt(expires).orElse(now.plusDays(1)), now);
        }
    }

    private static Optional<OffsetDateTime> expiresAt(Object claim) {
        if (claim instanceof Date date) {
            return Optional.of(date.toInstant().atOffset(ZoneOffset.UTC));
        }
        if (claim instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()).atOffset(ZoneOffset.UTC));
        }
        return Optional.empty();
    }
}
