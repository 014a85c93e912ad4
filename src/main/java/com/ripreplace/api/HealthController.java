package com.ripreplace.api;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code GET /health}: 200 {@code {"status": "UP"}} while the database answers, else 503 {@code {"status": "DOWN"}}. */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
public class HealthController {

    private final DataSource dataSource;

    HealthController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Serdeable
    public record Health(String status) {
    }

    @Get
    @Connectable
    public HttpResponse<Health> health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (SQLException e) {
            // answered below
        }
        return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }
}
