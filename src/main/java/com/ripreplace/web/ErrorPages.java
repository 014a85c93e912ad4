package com.ripreplace.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;

import java.util.HashMap;
import java.util.Map;

/**
 * A browser that asks for a page (Accept: text/html) and meets a refusal or a failure (404, 403, 405, 500, ...)
 * gets a page in the layout saying so in one sentence, not the API's JSON. The API ({@code /api/**}) and Swagger
 * keep answering JSON whoever asks; a page that renders its own answer (a form with errors, 422) is left alone.
 * It runs outside sign-in, so the refusals sign-in gives (403) get the page too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ErrorPages implements io.micronaut.core.order.Ordered {

    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final PageChrome chrome;

    ErrorPages(ThymeleafViewsRenderer<Map<String, Object>> views, PageChrome chrome) {
        this.views = views;
        this.chrome = chrome;
    }

    @Override
    public int getOrder() {
        return io.micronaut.http.filter.ServerFilterPhase.SECURITY.before() - 10;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    public void showErrorsAsPages(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || status == HttpStatus.UNAUTHORIZED.getCode() || !PageHeaders.isPage(request.getPath())
                || !wantsPage(request) || rendered(response)) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", chrome.chromeFor(request));
        model.put("status", status);
        model.put("heading", heading(status));
        model.put("sentence", sentence(status));
        // the service's own sentence for a refusal ("No plan has id 7."): it says no more than the status does
        model.put("detail", status < 500 && response.getBody().orElse(null) instanceof com.ripreplace.api.ApiError e
                ? e.message() : null);
        Writable page = views.render("error", model, request);
        ((MutableHttpResponse<Object>) response).body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static boolean wantsPage(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE)
                && !"*".equals(t.getType()));
    }

    /** A page already rendered (or about to be, as a view): a form shown again with its errors. */
    private static boolean rendered(MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        return body instanceof ModelAndView<?> || body instanceof Writable
                || response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)
                && !(body instanceof com.ripreplace.api.ApiError);
    }

    static String heading(int status) {
        return switch (status) {
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            default -> status >= 500 ? "Something went wrong" : "This request cannot be answered";
        };
    }

    static String sentence(int status) {
        return switch (status) {
            case 403 -> "Your role may not open this page or do this; the pages your role may use are in the menu above.";
            case 404 -> "There is no such page, or it belongs to another carrier.";
            case 405 -> "This page cannot be used that way; go back and use its links and buttons.";
            case 413 -> "The upload is larger than the service accepts.";
            default -> status >= 500
                    ? "The service failed while answering; it has been logged, so please try again or report it."
                    : "The request is not one this page understands; go back and try again from its links.";
        };
    }
}
