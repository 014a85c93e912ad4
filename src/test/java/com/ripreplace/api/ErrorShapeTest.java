package com.ripreplace.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error, the framework's own included, answers {"message": ...}: never a HATEOAS body or an HTML page. */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "20000")
@Property(name = "micronaut.server.multipart.max-file-size", value = "20000")
@Property(name = "ripreplace.plans.concurrency", value = "1")
@Property(name = "ripreplace.plans.queue-length", value = "1")
class ErrorShapeTest extends AsEngineer {

    private Api.Answer send(HttpRequest<?> request) {
        return Api.send(engineer, request);
    }

    @Test
    void answersAnUnknownPathWithAMessage() {
        Api.Answer answer = send(HttpRequest.GET("/api/nothing-here").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"message\":\"Nothing is found at GET /api/nothing-here; the API is"
                + " described at /swagger-ui.\"}");
    }

    @Test
    void answersAnIdThatIsNotANumberWithAMessage() {
        Api.Answer answer = send(HttpRequest.GET("/api/inventories/abc"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).startsWith("{\"message\":\"").contains("abc").doesNotContain("_links");
    }

    @Test
    void answersBadJsonWithAMessage() {
        Api.Answer answer = send(HttpRequest.PUT("/api/inventories/1/items/1/finding", "{\"decision\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).startsWith("{\"message\":\"").doesNotContain("_links").doesNotContain("_embedded");
    }

    @Test
    void answersAWrongMediaTypeWithAMessage() {
        Api.Answer answer = send(HttpRequest.POST("/api/inventories", "{}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body()).startsWith("{\"message\":\"The request's content type is not accepted here");
    }

    @Test
    void answersAWrongMethodWithAMessage() {
        Api.Answer answer = send(HttpRequest.DELETE("/api/inventories"));
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.body()).startsWith("{\"message\":\"").doesNotContain("_links");
    }

    @Test
    void answersATooLargeUploadWithAMessage() {
        Api.Answer answer = send(HttpRequest.POST("/api/inventories", MultipartBody.builder()
                        .addPart("files", "big.csv", MediaType.TEXT_CSV_TYPE, new byte[60_000]).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).startsWith("{\"message\":\"The request is larger than the service accepts");
    }

    @Test
    void answersAnUnusableSettingWith422NamingIt() {
        long id = Api.uploadCsv(engineer, "towers.csv", Api.towers(2));
        Api.Answer answer = Api.send(People.finance(client, accounts),
                HttpRequest.GET("/api/inventories/" + id + "/estimate?crews=0"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo("{\"message\":\"crews must be at least 1; found 0.\"}");
    }

    @Test
    void answersAPageSizeOutOfBoundsWith422() {
        Api.Answer answer = send(HttpRequest.GET("/api/inventories?size=5000"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo("{\"message\":\"size must lie between 1 and 1000; found 5000.\"}");
    }

    @Test
    void answersAFullPlanningQueueWith503AndWhenToTryAgain() {
        long id = Api.uploadCsv(engineer, "towers.csv", Api.towers(30));
        String slow = "{\"timeLimit\":\"60s\"}";
        java.util.List<Api.Answer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(send(HttpRequest.POST("/api/inventories/" + id + "/plans", slow)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)));
        }
        try {
            assertThat(answers).extracting(Api.Answer::status).containsExactly(202, 202, 503);
            assertThat(answers.get(2).body()).isEqualTo("{\"message\":\"The planning queue is full (1 plans waiting"
                    + " besides those solving); try again in a few minutes, or cancel a plan you no longer need.\"}");
        } finally {
            answers.stream().filter(a -> a.status() == 202)
                    .forEach(a -> send(HttpRequest.DELETE(a.location())));
        }
    }
}
