package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint called as every role, on its own carrier's ids and on another carrier's, and without signing in:
 * the status each answers (what the role may do: 200/201/202, or 409 when allowed but the state forbids it; what it
 * may not: 403; another carrier's ids: 404, exactly as ids that do not exist; no token: 401), and no answer to
 * someone of carrier A holds anything of carrier B.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    private static final String A = "0011100011";
    private static final String B = "0022200022";
    /** Words only carrier B's inventory holds: a page shown to carrier A must hold none of them. */
    private static final List<String> B_MARKERS = List.of("Bison Butte", "BISON-SERIAL", B);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    /** The ids of one carrier's things, as the matrix uses them. */
    record Things(long inventory, long item, long plan, long unsubmittedPlan, long submission) {
    }

    enum Who { ANONYMOUS, ENGINEER, FINANCE, GRANT_ADMIN }

    /**
     * One row: an endpoint, and the status expected for each role on carrier A's ids ("own"; for the administrator:
     * a submitted inventory, plan and submission) and on carrier B's ("other"; for the administrator: an inventory
     * and plan B never submitted, and B's submission, which administrators see).
     */
    record Row(String name, Function<Things, MutableHttpRequest<?>> request, int engineerOwn, int engineerOther,
               int financeOwn, int financeOther, int adminOwn, int adminOther) {
    }

    @Test
    void everyEndpointAnswersEachRoleAsItsRightsAndCarrierAllowAndLeaksNothingOfAnotherCarrier() {
        BlockingHttpClient engineerA = People.as(client, accounts, "matrix-eng-a", Role.ENGINEER, A);
        BlockingHttpClient financeA = People.as(client, accounts, "matrix-fin-a", Role.FINANCE, A);
        BlockingHttpClient engineerB = People.as(client, accounts, "matrix-eng-b", Role.ENGINEER, B);
        BlockingHttpClient financeB = People.as(client, accounts, "matrix-fin-b", Role.FINANCE, B);
        BlockingHttpClient admin = People.as(client, accounts, "matrix-admin", Role.GRANT_ADMIN, null);
        Things a = things(engineerA, financeA, "Antelope Draw", "ANTELOPE-SERIAL");
        Things b = things(engineerB, financeB, "Bison Butte", "BISON-SERIAL");
        // what the administrator may and may not see: A's submitted things, B's things nobody submitted
        Things adminOwn = a;
        Things adminOther = new Things(unsubmittedInventory(engineerB), b.item(), b.unsubmittedPlan(),
                b.unsubmittedPlan(), b.submission());

        List<Row> rows = List.of(
                new Row("POST /api/inventories", t -> upload("Elk Ridge", "ELK"), 201, 201, 403, 403, 403, 403),
                new Row("GET /api/inventories", t -> HttpRequest.GET("/api/inventories?size=1000"), 200, 200, 200, 200, 403, 403),
                new Row("GET /api/inventories/{id}", t -> HttpRequest.GET("/api/inventories/" + t.inventory()), 200, 404, 200, 404, 200, 404),
                new Row("GET /api/inventories/{id}/sites", t -> HttpRequest.GET("/api/inventories/" + t.inventory() + "/sites"), 200, 404, 200, 404, 200, 404),
                new Row("GET /api/inventories/{id}/items", t -> HttpRequest.GET("/api/inventories/" + t.inventory() + "/items"), 200, 404, 200, 404, 200, 404),
                new Row("PUT /api/inventories/{id}/items/{item}/finding", t -> json(HttpRequest.PUT("/api/inventories/"
                        + t.inventory() + "/items/" + t.item() + "/finding", "{\"decision\":\"covered\",\"reason\":\"Label checked\"}")),
                        200, 404, 403, 403, 403, 403),
                new Row("GET /api/inventories/{id}/estimate", t -> HttpRequest.GET("/api/inventories/" + t.inventory() + "/estimate"), 403, 403, 200, 404, 403, 403),
                new Row("POST /api/inventories/{id}/plans", t -> json(HttpRequest.POST("/api/inventories/" + t.inventory()
                        + "/plans", "{\"timeLimit\":\"1s\"}")), 202, 404, 202, 404, 403, 403),
                new Row("GET /api/plans", t -> HttpRequest.GET("/api/plans?size=1000"), 200, 200, 200, 200, 403, 403),
                new Row("GET /api/plans/{id}", t -> HttpRequest.GET("/api/plans/" + t.plan()), 200, 404, 200, 404, 200, 404),
                new Row("GET /api/plans/{id}/workbook", t -> HttpRequest.GET("/api/plans/" + t.plan() + "/workbook"), 200, 404, 200, 404, 200, 404),
                new Row("DELETE /api/plans/{id}", t -> HttpRequest.DELETE("/api/plans/" + t.plan()), 409, 404, 409, 404, 403, 403),
                new Row("POST /api/plans/{id}/restart", t -> json(HttpRequest.POST("/api/plans/" + t.plan() + "/restart", "{}")), 409, 404, 409, 404, 403, 403),
                new Row("POST /api/plans/{id}/submission", t -> json(HttpRequest.POST("/api/plans/" + t.unsubmittedPlan()
                        + "/submission", "{}")), 403, 403, 201, 404, 403, 403),
                new Row("GET /api/submissions", t -> HttpRequest.GET("/api/submissions?size=1000"), 403, 403, 200, 200, 200, 200),
                new Row("GET /api/submissions/{id}", t -> HttpRequest.GET("/api/submissions/" + t.submission()), 403, 403, 200, 404, 200, 200),
                new Row("GET /api/submissions/{id}/workbook", t -> HttpRequest.GET("/api/submissions/" + t.submission() + "/workbook"), 403, 403, 200, 404, 200, 200),
                new Row("POST /api/submissions/{id}/decision", t -> json(HttpRequest.POST("/api/submissions/" + t.submission()
                        + "/decision", "{\"decision\":\"RETURNED\",\"comment\":\"Costs per site missing\"}")), 403, 403, 403, 403, 200, 200),
                new Row("GET /api/audit", t -> HttpRequest.GET("/api/audit?size=1000"), 200, 200, 200, 200, 200, 200));

        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : rows) {
            check(wrong, row, Who.ANONYMOUS, "own", client.toBlocking(), row.request().apply(a), 401, false);
            check(wrong, row, Who.ENGINEER, "own", engineerA, row.request().apply(a), row.engineerOwn(), true);
            check(wrong, row, Who.ENGINEER, "other", engineerA, row.request().apply(b), row.engineerOther(), true);
            check(wrong, row, Who.FINANCE, "own", financeA, row.request().apply(a), row.financeOwn(), true);
            check(wrong, row, Who.FINANCE, "other", financeA, row.request().apply(b), row.financeOther(), true);
            check(wrong, row, Who.GRANT_ADMIN, "own", admin, row.request().apply(adminOwn), row.adminOwn(), false);
            check(wrong, row, Who.GRANT_ADMIN, "other", admin, row.request().apply(adminOther), row.adminOther(),
                    // administrators see every carrier's submissions and the whole audit log, by design
                    !row.name().contains("submissions") && !row.name().contains("audit"));
        }
        assertThat(wrong).as("endpoints that answered otherwise than expected").isEmpty();
    }

    private static void check(Map<String, String> wrong, Row row, Who who, String whose, BlockingHttpClient as,
                              MutableHttpRequest<?> request, int expected, boolean mustNotShowB) {
        Api.Answer answer = Api.send(as, request);
        String key = row.name() + " as " + who + " (" + whose + ")";
        if (answer.status() != expected) {
            wrong.put(key, "expected " + expected + ", answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
        if (mustNotShowB && answer.body() != null) {
            B_MARKERS.stream().filter(answer.body()::contains).findFirst()
                    .ifPresent(marker -> wrong.put(key + " leaks", "the answer holds \"" + marker + "\""));
        }
        if (answer.status() == 403 && !answer.body().contains("may not")) {
            wrong.put(key + " message", "a 403 without the sentence: " + answer.body());
        }
    }

    /** An inventory with one covered line, a DONE plan submitted, and a second DONE plan not submitted. */
    private Things things(BlockingHttpClient engineer, BlockingHttpClient finance, String siteName, String serial) {
        long inventory = created(Api.send(engineer, upload(siteName, serial)));
        long item = firstItem(engineer, inventory);
        long plan = donePlan(finance, inventory);
        long unsubmitted = donePlan(finance, inventory);
        Api.Answer submitted = Api.send(finance, json(HttpRequest.POST("/api/plans/" + plan + "/submission", "{}")));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return new Things(inventory, item, plan, unsubmitted, Api.idIn(submitted.location()));
    }

    private long unsubmittedInventory(BlockingHttpClient engineer) {
        return created(Api.send(engineer, upload("Bison Butte North", "BISON-SERIAL-2")));
    }

    private static MutableHttpRequest<?> upload(String siteName, String serial) {
        String csv = "Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date\n"
                + "S1," + siteName + ",Huawei,RRU3908," + serial + "-1,1,2019-03-01\n"
                + "S2," + siteName + " East,ZTE,ZXSDR R8862," + serial + "-2,1,2018-05-01\n";
        return HttpRequest.POST("/api/inventories", MultipartBody.builder().addPart("files", "inventory.csv",
                MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private static MutableHttpRequest<?> json(MutableHttpRequest<?> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return Api.idIn(answer.location());
    }

    private static long firstItem(BlockingHttpClient who, long inventory) {
        Matcher m = Pattern.compile("\"items\":\\[\\{\"id\":(\\d+)").matcher(
                Api.get(who, "/api/inventories/" + inventory + "/items").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long donePlan(BlockingHttpClient who, long inventory) {
        return Api.planAndWait(who, inventory, "{\"timeLimit\":\"1s\",\"seed\":1}");
    }
}
