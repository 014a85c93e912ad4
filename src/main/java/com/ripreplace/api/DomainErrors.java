package com.ripreplace.api;

import com.ripreplace.service.ConflictException;
import com.ripreplace.service.InvalidSettingsException;
import com.ripreplace.service.QueueFullException;
import com.ripreplace.service.NotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** One handler per domain failure, each answering the service's one error shape. */
final class DomainErrors {

    private DomainErrors() {
    }

    /** Something asked for does not exist: 404. */
    @Produces
    @Singleton
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    static class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotFoundException e) {
            return HttpResponse.<ApiError>notFound().body(new ApiError(e.getMessage()));
        }
    }

    /** A setting that cannot be used: 422 naming it. */
    @Produces
    @Singleton
    @Requires(classes = {InvalidSettingsException.class, ExceptionHandler.class})
    static class InvalidSettings implements ExceptionHandler<InvalidSettingsException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidSettingsException e) {
            return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(e.getMessage()));
        }
    }

    /** The request does not fit the state of what it names: 409. */
    @Produces
    @Singleton
    @Requires(classes = {ConflictException.class, ExceptionHandler.class})
    static class Conflict implements ExceptionHandler<ConflictException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConflictException e) {
            return HttpResponse.<ApiError>status(HttpStatus.CONFLICT).body(new ApiError(e.getMessage()));
        }
    }

    /** The planning queue is full: 503, with when to try again. */
    @Produces
    @Singleton
    @Requires(classes = {QueueFullException.class, ExceptionHandler.class})
    static class QueueFull implements ExceptionHandler<QueueFullException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, QueueFullException e) {
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                    .body(new ApiError(e.getMessage()));
        }
    }
}
