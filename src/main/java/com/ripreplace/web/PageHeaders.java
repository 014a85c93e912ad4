package com.ripreplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The headers that keep a browser to the page as served: {@code X-Content-Type-Options: nosniff} on every response,
 * and on every path but the JSON API and Swagger UI (whose generated page has an inline script) a
 * Content-Security-Policy that lets a page load only this site's own scripts, styles, images and fonts, and no
 * inline script or style at all; so text from an upload can never run, even if it reached the markup.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class PageHeaders implements io.micronaut.core.order.Ordered {

    /** Before sign-in is checked, so a refusal (401, 403, the redirect to sign in) carries the headers too. */
    @Override
    public int getOrder() {
        return io.micronaut.http.filter.ServerFilterPhase.SECURITY.before();
    }

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        if (isPage(request.getPath())) {
            response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }

    static boolean isPage(String path) {
        return !(underneath(path, "/api") || underneath(path, "/swagger-ui"));
    }

    private static boolean underneath(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
