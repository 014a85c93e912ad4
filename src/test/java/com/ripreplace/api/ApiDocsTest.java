package com.ripreplace.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API is described (OpenAPI) and browsable at /swagger-ui, page and assets served by the application. */
@MicronautTest(environments = "test", transactional = false)
class ApiDocsTest extends AsEngineer {

    @Test
    void servesSwaggerUiAndItsAssetsItself() {
        var redirect = Api.send(engineer, HttpRequest.GET("/swagger-ui"));
        assertThat(redirect.status()).isIn(200, 303);

        Api.Answer page = Api.get(engineer, "/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/swagger/rip-replace-planner.yml").doesNotContain("https://");
        assertThat(Api.get(engineer, "/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(Api.get(engineer, "/swagger-ui/res/swagger-ui.css").status()).isEqualTo(200);
    }

    @Test
    void describesEveryEndpointWithItsErrors() {
        Api.Answer spec = Api.get(engineer, "/swagger/rip-replace-planner.yml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("title: Rip & Replace Planner")
                .contains("/api/inventories/{inventoryId}/plans:").contains("/api/plans/{id}/workbook:")
                .contains("/api/plans/{id}/restart:").contains("/api/inventories/{id}/estimate:")
                .contains("\"503\":").contains("\"409\":").contains("ApiError");
    }
}
