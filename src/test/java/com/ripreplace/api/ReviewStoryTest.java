package com.ripreplace.api;

import com.ripreplace.access.Accounts;
import com.ripreplace.access.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review story over HTTP, as its people live it: an engineer uploads and overrides a finding, finance plans and
 * submits, a grant administrator returns it with a comment, finance submits a revised plan that answers it, the
 * administrator approves; the audit log shows each step with who and when, and what was reviewed stays frozen.
 */
@MicronautTest(environments = "test", transactional = false)
class ReviewStoryTest {

    private static final String CARRIER = "0055500011";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Test
    void anEngineerFinanceAndAGrantAdministratorTakeASubmissionFromUploadToApproval() throws Exception {
        BlockingHttpClient engineer = People.as(client, accounts, "story-eng", Role.ENGINEER, CARRIER);
        BlockingHttpClient finance = People.as(client, accounts, "story-fin", Role.FINANCE, CARRIER);
        BlockingHttpClient admin = People.as(client, accounts, "story-admin", Role.GRANT_ADMIN, null);
        String csv = Api.towers(4);

        // The engineer uploads the inventory and dismisses one finding with a reason.
        long inventory = Api.uploadCsv(engineer, "story-towers.csv", csv);
        long h1 = itemWithSerial(engineer, inventory, "H-1");
        Api.Answer overridden = Api.send(engineer, HttpRequest.PUT("/api/inventories/" + inventory + "/items/" + h1
                        + "/finding", "{\"decision\":\"not covered\",\"reason\":\"Nameplate says Ericsson\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(overridden.status()).isEqualTo(200);

        // Finance plans it and submits the finished plan with a note.
        long firstPlan = Api.planAndWait(finance, inventory, "{\"timeLimit\":\"1s\",\"seed\":1,\"crews\":1}");
        byte[] firstWorkbook = finance.exchange(HttpRequest.GET("/api/plans/" + firstPlan + "/workbook"), byte[].class)
                .body();
        Api.Answer submitted = Api.send(finance, HttpRequest.POST("/api/plans/" + firstPlan + "/submission",
                "{\"note\":\"First plan, one crew\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.location()).matches("/api/submissions/\\d+");
        long first = Api.idIn(submitted.location());
        assertThat(submitted.body()).contains("\"id\":" + first + ",\"status\":\"SUBMITTED\",\"carrier\":\"" + CARRIER + "\"")
                .contains("\"planId\":" + firstPlan + ",\"inventoryId\":" + inventory + ",\"submittedBy\":\"story-fin\"")
                .contains("\"note\":\"First plan, one crew\",\"answers\":null,\"answeredBy\":null")
                .contains("\"inventorySha256\":\"" + sha256(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"")
                .contains("\"workbookSha256\":\"" + sha256(firstWorkbook) + "\"")
                .contains("\"decision\":null").contains("\"crews\":1").contains("\"result\":{\"feasible\":true");

        // The administrator finds it in the queue and returns it with a comment.
        assertThat(Api.get(admin, "/api/submissions?status=SUBMITTED").body()).contains("\"id\":" + first + ",");
        Api.Answer returned = Api.send(admin, HttpRequest.POST("/api/submissions/" + first + "/decision",
                "{\"decision\":\"RETURNED\",\"comment\":\"Use two crews: the towers are far apart\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"")
                .containsPattern("\"decision\":\\{\"decision\":\"RETURNED\",\"comment\":\"Use two crews: the towers are"
                        + " far apart\",\"decidedBy\":\"story-admin\",\"decidedAt\":\"[0-9T:.\\-]+Z\"}");
        Api.Answer twice = Api.send(admin, HttpRequest.POST("/api/submissions/" + first + "/decision",
                "{\"decision\":\"APPROVED\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).isEqualTo("{\"message\":\"Submission " + first + " was already RETURNED by story-admin.\"}");

        // Finance reads the comment, plans again with two crews and submits: the new submission answers the first.
        assertThat(Api.get(finance, "/api/submissions/" + first).body())
                .contains("\"comment\":\"Use two crews: the towers are far apart\"");
        long secondPlan = Api.planAndWait(finance, inventory, "{\"timeLimit\":\"1s\",\"seed\":1,\"crews\":2}");
        Api.Answer resubmitted = Api.send(finance, HttpRequest.POST("/api/plans/" + secondPlan + "/submission", "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(resubmitted.status()).isEqualTo(201);
        long second = Api.idIn(resubmitted.location());
        assertThat(resubmitted.body()).contains("\"answers\":" + first + ",").contains("\"crews\":2");
        assertThat(Api.get(finance, "/api/submissions/" + first).body()).contains("\"answeredBy\":" + second + ",");

        // The administrator approves the revised plan.
        Api.Answer approved = Api.send(admin, HttpRequest.POST("/api/submissions/" + second + "/decision",
                "{\"decision\":\"APPROVED\",\"comment\":\"Two crews, on time\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"");

        // The carrier's history shows both, newest first, with every decision and comment.
        String history = Api.get(finance, "/api/submissions").body();
        assertThat(history).containsSubsequence("\"id\":" + second + ",\"status\":\"APPROVED\"", "Two crews, on time",
                "\"id\":" + first + ",\"status\":\"RETURNED\"", "Use two crews: the towers are far apart");

        // What was reviewed is frozen: the workbook downloaded from the submission is the one submitted.
        byte[] reviewed = admin.exchange(HttpRequest.GET("/api/submissions/" + first + "/workbook"), byte[].class).body();
        assertThat(reviewed).isEqualTo(firstWorkbook);

        // The audit log tells the story: who did what, when, newest first.
        String audit = Api.get(finance, "/api/audit?size=200").body();
        List<String> steps = steps(audit, CARRIER);
        assertThat(steps).containsSubsequence(
                "USER_ADDED test", "SIGN_IN story-eng", "UPLOAD story-eng", "OVERRIDE story-eng",
                "PLAN story-fin", "SUBMISSION story-fin", "DECISION story-admin", "PLAN story-fin",
                "SUBMISSION story-fin", "DECISION story-admin");
        assertThat(audit).containsPattern("\"at\":\"[0-9T:.\\-]+Z\",\"username\":\"story-admin\",\"role\":\"GRANT_ADMIN\","
                + "\"carrier\":\"" + CARRIER + "\",\"action\":\"DECISION\",\"target\":\"submission " + first + "\","
                + "\"detail\":\"RETURNED: Use two crews: the towers are far apart\",\"address\":\"127.0.0.1\"");
        assertThat(Api.get(admin, "/api/audit?size=500").body()).contains("\"username\":\"story-admin\",\"role\":\"GRANT_ADMIN\"");
    }

    /** The carrier's audit entries oldest first, as "ACTION username". */
    private static List<String> steps(String audit, String carrier) {
        Matcher m = Pattern.compile("\"username\":(null|\"([^\"]*)\"),\"role\":[^,]*,\"carrier\":\"" + carrier
                + "\",\"action\":\"([A-Z_]+)\"").matcher(audit);
        List<String> steps = new java.util.ArrayList<>();
        while (m.find()) {
            steps.add(0, m.group(3) + " " + m.group(2));
        }
        return steps;
    }


    private static long itemWithSerial(BlockingHttpClient who, long inventory, String serial) {
        String items = Api.get(who, "/api/inventories/" + inventory + "/items?size=1000").body();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^{}]*\"serial\":\"" + Pattern.quote(serial) + "\"").matcher(items);
        assertThat(m.find()).as("a line with serial %s in %s", serial, items).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
