package com.ripreplace.api;

import com.ripreplace.access.Audit;
import com.ripreplace.access.AuditAction;
import com.ripreplace.access.Viewer;
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

import java.net.URI;

/**
 * {@code POST /logout}: clears the pages' sign-in cookie (from a form: back to the sign-in page; otherwise 204).
 * A bearer token held by a script stays valid until it expires; resetting the password ends every token at once.
 */
@Controller("/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class SignOutController {

    private final Audit audit;
    private final String cookieName;

    SignOutController(Audit audit, @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName) {
        this.audit = audit;
        this.cookieName = cookieName;
    }

    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> signOut(@Nullable Authentication authentication, HttpRequest<?> request) {
        if (authentication != null) {
            Viewer viewer = Viewers.of(authentication);
            audit.record(viewer, viewer.carrier().orElse(null), AuditAction.SIGN_OUT, "user " + viewer.username(), null,
                    ClientAddress.of(request));
        }
        Cookie cleared = Cookie.of(cookieName, "").httpOnly(true).sameSite(SameSite.Lax).path("/").maxAge(0);
        if (SignInHandler.fromForm(request)) {
            return HttpResponse.seeOther(URI.create("/signin?signedOut")).cookie(cleared);
        }
        return HttpResponse.noContent().cookie(cleared);
    }
}
