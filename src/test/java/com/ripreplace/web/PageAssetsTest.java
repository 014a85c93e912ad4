package com.ripreplace.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pages are served with, over plain HTTP: assets from the jar, the security headers, the forms' targets. */
@MicronautTest(environments = "test")
class PageAssetsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void servesEChartsFromItsWebJarInTheApplication() {
        HttpResponse<String> echarts = get("/assets/echarts/echarts.min.js");

        assertThat(echarts.code()).isEqualTo(200);
        assertThat(echarts.getContentType()).hasValueSatisfying(type ->
                assertThat(type.getName()).isIn("application/javascript", "text/javascript"));
        assertThat(echarts.body()).hasSizeGreaterThan(500_000).contains("echarts");
    }

    @Test
    void servesThePagesOwnStylesheetAndIcon() {
        HttpResponse<String> css = get("/assets/app/site.css");
        assertThat(css.code()).isEqualTo(200);
        assertThat(css.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/css"));
        assertThat(get("/assets/app/favicon.svg").code()).isEqualTo(200);
    }

    @Test
    void putsTheContentSecurityPolicyOnEveryPage() {
        for (String page : new String[] {"/", "/signin"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.getContentType()).hasValueSatisfying(type ->
                    assertThat(type.getName()).isEqualTo("text/html"));
            assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'self'; "
                    + "img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                    + "frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void leavesThePagePolicyOffTheJsonApiButNotNosniff() {
        HttpResponse<String> api = get("/api/inventories");
        assertThat(api.header("Content-Security-Policy")).isNull();
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void signInFormPostsLabelledFieldsToLogin() {
        String form = get("/signin").body();
        assertThat(form).contains("<form class=\"panel\" method=\"post\" action=\"/login\">")
                .contains("<label for=\"username\">Username</label>")
                .contains("<input id=\"username\" name=\"username\"")
                .contains("<label for=\"password\">Password</label>")
                .contains("<input id=\"password\" name=\"password\" type=\"password\"")
                .doesNotContain("role=\"alert\"");
        assertThat(get("/signin?error").body()).contains("role=\"alert\"")
                .contains("The username or password is not right.");
    }

    private HttpResponse<String> get(String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }
}
