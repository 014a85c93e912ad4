package com.ripreplace.web;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import com.ripreplace.api.People;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and page form called as a browser of every role would (the sign-in cookie, Accept: text/html), on its
 * own carrier's ids and another carrier's, and signed out: the status each answers (a form that works answers 303;
 * cancelling a plan that has already ended shows the plan again, 303 too;
 * a role's missing right 403, another carrier's id 404, nobody signed in a redirect to the sign-in page), and no page
 * shown to carrier A holds anything of carrier B.
 */
@MicronautTest(environments = "test", transactional = false)
class PagePermissionMatrixTest {

    private static final String A = "0033300033";
    private static final String B = "0044400044";
    private static final List<String> B_MARKERS = List.of("Wolf Creek", "WOLF-SERIAL", B);

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    /** One carrier's things: an inventory and a line of it, a submitted plan, a DONE plan not submitted, the submission. */
    record Things(long inventory, long item, long plan, long unsubmittedPlan, long submission) {
    }

    record Row(String name, Function<Things, MutableHttpRequest<?>> request, int engineerOwn, int engineerOther,
               int financeOwn, int financeOther, int adminOwn, int adminOther) {
    }

    @Test
    void everyPageAnswersEachRoleAsItsRightsAndCarrierAllowAndShowsNothingOfAnotherCarrier() throws Exception {
        try (HttpClient http = HttpClient.create(server.getURL(), noRedirects())) {
            String engA = cookie(http, "pm-eng-a", Role.ENGINEER, A);
            String finA = cookie(http, "pm-fin-a", Role.FINANCE, A);
            String engB = cookie(http, "pm-eng-b", Role.ENGINEER, B);
            String finB = cookie(http, "pm-fin-b", Role.FINANCE, B);
            String admin = cookie(http, "pm-admin", Role.GRANT_ADMIN, null);
            BlockingHttpClient client = http.toBlocking();
            Things a = things(client, engA, finA, "Antelope Flats", "ANTELOPE-SERIAL");
            Things b = things(client, engB, finB, "Wolf Creek", "WOLF-SERIAL");
            long bUnsubmittedInventory = created(send(client, engB, upload("Wolf Creek North", "WOLF-SERIAL-2")));
            Things adminOther = new Things(bUnsubmittedInventory, b.item(), b.unsubmittedPlan(), b.unsubmittedPlan(),
                    b.submission());

            List<Row> rows = List.of(
                    new Row("GET /inventories", t -> page("/inventories"), 200, 200, 200, 200, 403, 403),
                    new Row("POST /inventories", t -> upload("Elk Ridge", "ELK"), 303, 303, 403, 403, 403, 403),
                    new Row("GET /inventories/{id}", t -> page("/inventories/" + t.inventory()), 200, 404, 200, 404, 200, 404),
                    new Row("POST /inventories/{id}/items/{item}/finding", t -> form("/inventories/" + t.inventory()
                            + "/items/" + t.item() + "/finding", "decision=covered&reason=Label+checked"), 303, 404, 403, 403, 403, 403),
                    new Row("GET /inventories/{id}/estimate", t -> page("/inventories/" + t.inventory() + "/estimate"), 403, 403, 200, 404, 403, 403),
                    new Row("GET /inventories/{id}/plan", t -> page("/inventories/" + t.inventory() + "/plan"), 200, 404, 200, 404, 403, 403),
                    new Row("POST /inventories/{id}/plan", t -> form("/inventories/" + t.inventory() + "/plan",
                            "timeLimit=1s"), 303, 404, 303, 404, 403, 403),
                    new Row("GET /plans", t -> page("/plans"), 200, 200, 200, 200, 403, 403),
                    new Row("GET /plans/{id}", t -> page("/plans/" + t.plan()), 200, 404, 200, 404, 200, 404),
                    new Row("POST /plans/{id}/cancel", t -> form("/plans/" + t.plan() + "/cancel", ""), 303, 404, 303, 404, 403, 403),
                    new Row("POST /plans/{id}/submit", t -> form("/plans/" + t.unsubmittedPlan() + "/submit", "note="),
                            403, 403, 303, 404, 403, 403),
                    new Row("GET /submissions", t -> page("/submissions"), 403, 403, 200, 200, 403, 403),
                    new Row("GET /review", t -> page("/review"), 403, 403, 403, 403, 200, 200),
                    new Row("GET /review/{id}", t -> page("/review/" + t.submission()), 403, 403, 403, 403, 200, 200),
                    new Row("POST /review/{id}/decision", t -> form("/review/" + t.submission() + "/decision",
                            "decision=RETURNED&comment=Costs+per+site+missing"), 403, 403, 403, 403, 303, 303),
                    new Row("GET /activity", t -> page("/activity"), 200, 200, 200, 200, 200, 200));

            Map<String, String> wrong = new LinkedHashMap<>();
            for (Row row : rows) {
                HttpResponse<String> anonymous = send(client, null, row.request().apply(a));
                if (anonymous.code() != 303 || !"/signin".equals(anonymous.header("Location"))) {
                    wrong.put(row.name() + " signed out", "answered " + anonymous.code() + " to " + anonymous.header("Location"));
                }
                check(wrong, row.name() + " as ENGINEER (own)", send(client, engA, row.request().apply(a)), row.engineerOwn(), true);
                check(wrong, row.name() + " as ENGINEER (other)", send(client, engA, row.request().apply(b)), row.engineerOther(), true);
                check(wrong, row.name() + " as FINANCE (own)", send(client, finA, row.request().apply(a)), row.financeOwn(), true);
                check(wrong, row.name() + " as FINANCE (other)", send(client, finA, row.request().apply(b)), row.financeOther(), true);
                check(wrong, row.name() + " as GRANT_ADMIN (own)", send(client, admin, row.request().apply(a)), row.adminOwn(), false);
                check(wrong, row.name() + " as GRANT_ADMIN (other)", send(client, admin, row.request().apply(adminOther)),
                        row.adminOther(), row.name().startsWith("GET /inventories") || row.name().startsWith("GET /plans"));
            }
            assertThat(wrong).as("pages that answered otherwise than expected").isEmpty();
        }
    }

    private static void check(Map<String, String> wrong, String key, HttpResponse<String> answer, int expected,
                              boolean mustNotShowB) {
        if (answer.code() != expected) {
            String body = answer.getBody(String.class).orElse("");
            wrong.put(key, "expected " + expected + ", answered " + answer.code() + " "
                    + body.substring(0, Math.min(160, body.length())).replaceAll("\\s+", " "));
        }
        String body = answer.getBody(String.class).orElse("");
        if (mustNotShowB) {
            B_MARKERS.stream().filter(body::contains).findFirst()
                    .ifPresent(marker -> wrong.put(key + " leaks", "the page holds \"" + marker + "\""));
        }
    }

    private static DefaultHttpClientConfiguration noRedirects() {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        return configuration;
    }

    private String cookie(HttpClient http, String username, Role role, String carrier) {
        People.ensure(accounts, username, role, carrier);
        return People.token(http, username);
    }

    /** Sends as a browser with this sign-in cookie (none: signed out); any status is an answer. */
    private static HttpResponse<String> send(BlockingHttpClient client, String token, MutableHttpRequest<?> request) {
        if (!request.getPath().startsWith("/api/")) {
            request.accept(MediaType.TEXT_HTML_TYPE); // a page, as a browser asks for it; the API setup asks for JSON
        }
        if (token != null) {
            request.cookie(io.micronaut.http.cookie.Cookie.of("JWT", token));
        }
        try {
            return client.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    private static MutableHttpRequest<?> page(String path) {
        return HttpRequest.GET(path);
    }

    private static MutableHttpRequest<?> form(String path, String body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static MutableHttpRequest<?> upload(String siteName, String serial) {
        String csv = "Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date\n"
                + "S1," + siteName + ",Huawei,RRU3908," + serial + "-1,1,2019-03-01\n"
                + "S2," + siteName + " East,ZTE,ZXSDR R8862," + serial + "-2,1,2018-05-01\n";
        return HttpRequest.POST("/inventories", MultipartBody.builder().addPart("files", "inventory.csv",
                MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private static long created(HttpResponse<String> answer) {
        assertThat(answer.code()).as(answer.getBody(String.class).orElse("")).isEqualTo(303);
        String location = answer.header("Location");
        Matcher m = Pattern.compile("/inventories/(\\d+)").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Things things(BlockingHttpClient client, String engineer, String finance, String siteName, String serial) {
        long inventory = created(send(client, engineer, upload(siteName, serial)));
        String items = send(client, engineer, HttpRequest.GET("/api/inventories/" + inventory + "/items")).body();
        Matcher item = Pattern.compile("\"items\":\\[\\{\"id\":(\\d+)").matcher(items);
        assertThat(item.find()).as(items).isTrue();
        long plan = donePlan(client, finance, inventory);
        long unsubmitted = donePlan(client, finance, inventory);
        HttpResponse<String> submitted = send(client, finance, HttpRequest.POST("/api/plans/" + plan + "/submission", "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(submitted.code()).isEqualTo(201);
        String location = submitted.header("Location");
        return new Things(inventory, Long.parseLong(item.group(1)), plan, unsubmitted,
                Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    private static long donePlan(BlockingHttpClient client, String finance, long inventory) {
        HttpResponse<String> accepted = send(client, finance, HttpRequest.POST("/api/inventories/" + inventory + "/plans",
                "{\"timeLimit\":\"1s\",\"seed\":1}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(accepted.code()).isEqualTo(202);
        String location = accepted.header("Location");
        long until = System.currentTimeMillis() + 60_000;
        String body = "";
        while (System.currentTimeMillis() < until && !body.contains("\"status\":\"DONE\"")) {
            body = send(client, finance, HttpRequest.GET(location)).body();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(body).contains("\"status\":\"DONE\"");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
