package com.ripreplace.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** {@code /swagger-ui}: the API browsable in Swagger UI, whose page and assets the application serves itself. */
@Controller
@Hidden
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
public class ApiDocsController {

    @Get("/swagger-ui")
    public HttpResponse<?> swaggerUi() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
