package com.ripreplace.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/**
 * Gives the framework's own errors (unknown route, bad JSON, wrong id type, wrong media type, too large,
 * an unexpected failure) the service's one error shape, {@code {"message": ...}}, in place of Micronaut's
 * default HATEOAS body or HTML page.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ErrorBodies implements ErrorResponseProcessor<ApiError> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ApiError>) response;
        }
        return ((MutableHttpResponse<ApiError>) response).body(new ApiError(message(context, response.getStatus())))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String forbidden(HttpRequest<?> request, String what) {
        String role = request.getUserPrincipal(io.micronaut.security.authentication.Authentication.class)
                .flatMap(a -> a.getRoles().stream().findFirst()).orElse(null);
        return (role == null ? "Your role" : "The role " + role) + " may not " + what
                + " (docs/roles.md lists what each role may do).";
    }

    static String message(ErrorContext context, HttpStatus status) {
        HttpRequest<?> request = context.getRequest();
        String said = context.getErrors().stream().map(Error::getMessage).filter(m -> m != null && !m.isBlank())
                .collect(Collectors.joining("; "));
        String what = request.getMethod() + " " + request.getPath();
        return switch (status) {
            case UNAUTHORIZED -> "Sign in first: POST /login with {\"username\", \"password\"} and send the access_token"
                    + " it answers as \"Authorization: Bearer <token>\". A token stops working when it expires, when"
                    + " it is signed out with (POST /logout), when the account is disabled, or when its password is reset.";
            case FORBIDDEN -> forbidden(request, what);
            case NOT_FOUND -> "Nothing is found at " + what + "; the API is described at /swagger-ui.";
            case METHOD_NOT_ALLOWED -> said.isEmpty() ? what + " is not allowed." : said + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "The request's content type is not accepted here"
                    + (said.isEmpty() ? "." : ": " + said + ".");
            case REQUEST_ENTITY_TOO_LARGE -> "The request is larger than the service accepts"
                    + (said.isEmpty() ? "." : ": " + said + ".");
            case INTERNAL_SERVER_ERROR -> "Internal error while answering " + what
                    + "; it has been logged. Please report it with what you sent.";
            default -> said.isEmpty() ? status.getReason() + "." : said;
        };
    }
}
