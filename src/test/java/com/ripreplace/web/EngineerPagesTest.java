package com.ripreplace.web;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.api.People;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The engineer pages without a browser: error pages for browsers, JSON for the API, the template download. */
@MicronautTest(environments = "test", transactional = false)
class EngineerPagesTest {

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    /** A client that shows redirects as they are (the sign-in cookie comes with one). */
    HttpClient client;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        io.micronaut.http.client.DefaultHttpClientConfiguration configuration =
                new io.micronaut.http.client.DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        client = HttpClient.create(server.getURL(), configuration);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        client.close();
    }

    @Inject
    Accounts accounts;

    record Answer(int status, String body, HttpResponse<?> response) {
    }

    Answer send(HttpRequest<?> request) {
        try {
            HttpResponse<String> r = client.toBlocking().exchange(request, String.class);
            return new Answer(r.code(), r.getBody(String.class).orElse(""), r);
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(String.class).orElse(""), e.getResponse());
        }
    }

    String cookieOf(String username) {
        Answer signedIn = send(HttpRequest.POST("/login", Map.of("username", username, "password",
                        People.passwordOf(username))).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        String cookie = signedIn.response().getHeaders().get("Set-Cookie");
        assertThat(cookie).as("sign-in answered %s %s", signedIn.status(), signedIn.response().getHeaders().asMap())
                .startsWith("JWT=");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    @Test
    void signsInThroughTheFormAndOpensTheInventoriesPage() {
        People.ensure(accounts, "eng-pages-c", Role.ENGINEER, People.CARRIER_A);
        String cookie = cookieOf("eng-pages-c");
        Answer page = send(HttpRequest.GET("/inventories").header("Cookie", cookie).accept(MediaType.TEXT_HTML));
        assertThat(page.status()).as(page.response().getHeaders().asMap().toString()).isEqualTo(200);
        assertThat(page.body()).contains("Upload an inventory");
    }

    static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void answersABrowserWithAnErrorPageAndTheApiWithJson() {
        People.ensure(accounts, "eng-pages-c", Role.ENGINEER, People.CARRIER_A);
        People.ensure(accounts, "fin-pages-c", Role.FINANCE, People.CARRIER_A);
        String engineer = cookieOf("eng-pages-c");

        Answer missing = send(HttpRequest.GET("/inventories/999999").header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<main").contains("Page not found")
                .contains("There is no such page, or it belongs to another carrier.").doesNotContain("\"message\"");

        Answer noRoute = send(HttpRequest.GET("/no-such-page").header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.body()).contains("Page not found");

        Answer forbidden = send(HttpRequest.GET("/inventories").header("Cookie", cookieOf("fin-pages-c"))
                .header("Accept", BROWSER));
        assertThat(forbidden.status()).isEqualTo(200);
        Answer financeDecides = send(HttpRequest.POST("/inventories/1/items/1/finding", "decision=dismiss&reason=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", cookieOf("fin-pages-c"))
                .header("Accept", BROWSER));
        assertThat(financeDecides.status()).isEqualTo(403);
        assertThat(financeDecides.body()).contains("Not allowed").contains("<main");

        Answer api = send(HttpRequest.GET("/api/inventories/999999").header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body()).isEqualTo("{\"message\":\"No inventory has id 999999.\"}");
    }

    @Test
    void refusesABlankReasonAndKeepsTheFiltersAfterADecision() {
        People.ensure(accounts, "eng-pages-c", Role.ENGINEER, People.CARRIER_A);
        String engineer = cookieOf("eng-pages-c");
        io.micronaut.http.client.multipart.MultipartBody upload = io.micronaut.http.client.multipart.MultipartBody
                .builder().addPart("files", "towers.csv", MediaType.TEXT_CSV_TYPE,
                        ("Site ID,Vendor,Model,Serial,Quantity\nT1,Huawei,RRU3908,H-1,1\nT1,Nokia,AirScale,N-1,1\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
        Answer stored = send(HttpRequest.POST("/inventories", upload).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(stored.status()).isEqualTo(303);
        String inventory = stored.response().getHeaders().get("Location");
        assertThat(inventory).matches("/inventories/\\d+");

        Answer page = send(HttpRequest.GET(inventory + "?covered=true").header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(page.body()).contains("H-1").doesNotContain("N-1");
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/inventories/\\d+/items/\\d+/finding)\"")
                .matcher(page.body());
        assertThat(action.find()).isTrue();

        Answer blank = send(HttpRequest.POST(action.group(1), "decision=not+covered&reason=+&covered=true&needsReview=false&page=1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("give a reason").contains("aria-invalid=\"true\"");

        Answer decided = send(HttpRequest.POST(action.group(1), "decision=not+covered&reason=Gone&covered=true&needsReview=false&page=1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(decided.status()).isEqualTo(303);
        assertThat(decided.response().getHeaders().get("Location")).startsWith(inventory + "?covered=true&decided=");
    }

    @Test
    void offersReplaceOnlyOnAConsumerRouterAndShowsItWillBeReplacedOnceDecided() {
        People.ensure(accounts, "eng-pages-c", Role.ENGINEER, People.CARRIER_A);
        String engineer = cookieOf("eng-pages-c");
        io.micronaut.http.client.multipart.MultipartBody upload = io.micronaut.http.client.multipart.MultipartBody
                .builder().addPart("files", "routers.csv", MediaType.TEXT_CSV_TYPE, """
                        Site ID,Vendor,Model,Serial,Quantity,Purchase Date
                        T1,Huawei,RRU3908,H-1,1,2019-05-01
                        T2,TP-Link,Archer AX55,R-1,1,2026-05-01
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
        String inventory = send(HttpRequest.POST("/inventories", upload).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Cookie", engineer).header("Accept", BROWSER)).response().getHeaders().get("Location");

        String page = send(HttpRequest.GET(inventory).header("Cookie", engineer).header("Accept", BROWSER)).body();
        String huawei = rowOf(page, "H-1");
        String router = rowOf(page, "R-1");
        assertThat(huawei).doesNotContain("value=\"replace\"").doesNotContain("May stay in service");
        assertThat(router).contains("May stay in service").contains("<button type=\"submit\" name=\"decision\" value=\"replace\"");

        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/inventories/\\d+/items/\\d+/finding)\"")
                .matcher(router);
        assertThat(action.find()).isTrue();
        Answer decided = send(HttpRequest.POST(action.group(1), "decision=replace&reason=Same+truck+roll&page=1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Cookie", engineer).header("Accept", BROWSER));
        assertThat(decided.status()).isEqualTo(303);

        String after = send(HttpRequest.GET(decided.response().getHeaders().get("Location")).header("Cookie", engineer)
                .header("Accept", BROWSER)).body();
        assertThat(after).contains("Saved for TP-Link Archer AX55 (serial R-1): Covered, to be replaced. Same truck roll");
        assertThat(rowOf(after, "R-1")).contains(">To replace<").doesNotContain("May stay in service");
    }

    /** The lines table's row that shows the serial. */
    private static String rowOf(String page, String serial) {
        return java.util.Arrays.stream(page.split("<tr")).filter(row -> row.contains("Serial " + serial + "<"))
                .findFirst().orElseThrow(() -> new AssertionError("no row shows serial " + serial + " in " + page));
    }

    @Test
    void servesTheInventoryTemplateAsAnAttachment() {
        HttpResponse<byte[]> template = client.toBlocking().exchange(HttpRequest.GET("/templates/inventory-template.xlsx"),
                byte[].class);
        assertThat(template.code()).isEqualTo(200);
        assertThat(template.getHeaders().get("Content-Disposition")).isEqualTo("attachment; filename=\"inventory-template.xlsx\"");
        assertThat(template.getContentType().map(Object::toString)).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(template.body()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void servesTheStylesheetToASignedInBrowser() {
        People.ensure(accounts, "eng-pages-c", Role.ENGINEER, People.CARRIER_A);
        String engineer = cookieOf("eng-pages-c");
        long start = System.nanoTime();
        Answer css = send(HttpRequest.GET("/assets/app/site.css").header("Cookie", engineer).header("Accept", "text/css,*/*;q=0.1"));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains("Engineer pages");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }
}
