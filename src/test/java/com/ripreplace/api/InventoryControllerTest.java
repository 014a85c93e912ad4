package com.ripreplace.api;

import com.ripreplace.persistence.InventoryStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(environments = "test", transactional = false)
class InventoryControllerTest extends AsEngineer {

    private static final String GOOD = """
            Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date
            T1,Elk Ridge,Huawei,RRU3908,H-1,2,2019-03-01
            T1,Elk Ridge,Nokia,AirScale,N-1,1,2022-03-01
            T2,Sage Flats,ZTE,ZXA10 C320,Z-1,1,
            """;

    @Inject
    InventoryStore store;

    private static MultipartBody upload(String name, String content) {
        return MultipartBody.builder()
                .addPart("files", name, MediaType.TEXT_CSV_TYPE, content.getBytes(StandardCharsets.UTF_8)).build();
    }

    @Test
    void storesAGoodInventoryAndAnswers201WithTheReport() {
        HttpResponse<String> created = engineer.exchange(HttpRequest.POST("/api/inventories",
                upload("towers.csv", GOOD)).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class);

        assertThat(created.code()).isEqualTo(201);
        String body = created.body();
        assertThat(body).contains("\"summary\":{\"sites\":2,\"items\":3,\"coveredItems\":2,\"needsReview\":1,"
                + "\"reimbursableItems\":1,\"mustReplaceItems\":2,\"categoryItems\":0,\"coveredListAsOf\":\"2026-04-30\",");
        String location = created.header("Location");
        assertThat(location).matches("/api/inventories/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(body).startsWith("{\"id\":" + id + ",")
                .contains("\"links\":{\"self\":\"/api/inventories/" + id + "\",\"sites\":\"/api/inventories/" + id
                        + "/sites\",\"items\":\"/api/inventories/" + id + "/items\"").doesNotContain("RRU3908");

        String inventory = (String) engineer.retrieve(location);
        assertThat(inventory).contains("\"files\":[{\"name\":\"towers.csv\",\"kind\":\"delimited text (CSV)\"")
                .contains("\"summary\":{\"sites\":2,\"items\":3,\"coveredItems\":2");
        assertThat((String) engineer.retrieve(location + "/sites")).contains("\"siteId\":\"T1\",\"siteName\":\"Elk Ridge\"");

        String items = (String) engineer.retrieve(location + "/items");
        assertThat(items).contains("\"model\":\"RRU3908\"").contains("\"entity\":\"HUAWEI\"")
                .contains("\"model\":\"ZXA10 C320\"").contains("\"purchaseDate\":null");
    }

    @Test
    void refusesABadInventoryWith422AndStoresNothing() {
        long before = store.count();
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class, () ->
                engineer.exchange(HttpRequest.POST("/api/inventories",
                                upload("towers.csv", GOOD.replace("Nokia,AirScale,N-1,1", "Nokia,AirScale,N-1,lots")))
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));

        assertThat(refused.code()).isEqualTo(422);
        String body = (String) refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).startsWith("{\"message\":\"The inventory cannot be used: 1 error to fix (listed with file,"
                + " sheet, row and column); nothing was stored.\",").contains("\"errors\":[{\"file\":\"towers.csv\",\"sheet\":null,\"row\":3,\"column\":\"F\","
                + "\"message\":\"Quantity must be a whole number of at least 1; found 'lots'\"}]");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void refusesAHostileFileWith422AndStoresNothing() {
        long before = store.count();
        HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class, () ->
                engineer.exchange(HttpRequest.POST("/api/inventories", MultipartBody.builder()
                                .addPart("files", "report.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                                        "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII)).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));

        assertThat(refused.code()).isEqualTo(422);
        assertThat((String) refused.getResponse().getBody(String.class).orElseThrow())
                .contains("\"message\":\"The file is a PDF document, not a spreadsheet.\"");
        assertThat(store.count()).isEqualTo(before);
    }

    private long uploadGood() {
        HttpResponse<String> created = engineer.exchange(HttpRequest.POST("/api/inventories",
                upload("towers.csv", GOOD)).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class);
        String location = created.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long itemIdOfModel(long inventory, String model) {
        String items = (String) engineer.retrieve("/api/inventories/" + inventory + "/items");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),[^{}]*\"model\":\"" + model + "\"")
                .matcher(items);
        assertThat(m.find()).as("item with model %s in %s", model, items).isTrue();
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> putFinding(long inventory, long item, String json) {
        return engineer.exchange(HttpRequest.PUT("/api/inventories/" + inventory + "/items/" + item
                + "/finding", json).contentType(MediaType.APPLICATION_JSON_TYPE), String.class);
    }

    @Test
    void letsAnEngineerDismissAFindingWithAReasonAndKeepsIt() {
        long inventory = uploadGood();
        long item = itemIdOfModel(inventory, "RRU3908");

        HttpResponse<String> changed = putFinding(inventory, item,
                "{\"decision\":\"not covered\",\"reason\":\"Nameplate says Ericsson; sheet was wrong\"}");

        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).contains("\"covered\":false").contains("\"reimbursable\":false")
                .contains("\"overridden\":true")
                .contains("\"override\":{\"decision\":\"not covered\",\"reason\":\"Nameplate says Ericsson; sheet was wrong\"}")
                .contains("Nameplate says Ericsson; sheet was wrong");
        String items = (String) engineer.retrieve("/api/inventories/" + inventory + "/items");
        assertThat(items).contains("\"overridden\":true");
        String summary = (String) engineer.retrieve("/api/inventories/" + inventory);
        assertThat(summary).contains("\"summary\":{\"sites\":2,\"items\":3,\"coveredItems\":1,\"needsReview\":1,"
                + "\"reimbursableItems\":0,");
    }

    @Test
    void letsAnEngineerMarkAConsumerRouterTheCategoryCoversToBeReplaced() {
        long inventory = Api.uploadCsv(engineer, "routers.csv", """
                Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date
                T1,Elk Ridge,TP-Link,Archer AX55,R-1,1,2026-05-01
                """);
        long item = itemIdOfModel(inventory, "Archer AX55");

        HttpResponse<String> changed = putFinding(inventory, item,
                "{\"decision\":\"replace\",\"reason\":\"Swapped with the tower radios in the same trip\"}");

        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).contains("\"covered\":true").contains("\"reimbursable\":false")
                .contains("\"override\":{\"decision\":\"replace\",\"reason\":\"Swapped with the tower radios in the same trip\"}")
                .contains("Overridden by engineer, to be replaced: Swapped with the tower radios in the same trip.");
    }

    @Test
    void costsAConsumerRouterOnlyWhenTheEngineerDecidesToReplaceItNotWhenTheFindingIsConfirmed() {
        long inventory = Api.uploadCsv(engineer, "mixed.csv", """
                Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date
                T1,Elk Ridge,Huawei,RRU3908,H-1,1,2019-05-01
                T2,Cedar Flats,TP-Link,Archer AX55,R-1,1,2026-05-01
                """);
        long router = itemIdOfModel(inventory, "Archer AX55");
        var finance = People.finance(client, accounts);
        String estimate = "/api/inventories/" + inventory + "/estimate";
        assertThat(Api.get(finance, estimate).body()).contains("\"sitesWithCoveredGear\":1,");
        assertThat(Api.get(engineer, "/api/inventories/" + inventory).body())
                .contains("\"coveredItems\":2,").contains("\"mustReplaceItems\":1,\"categoryItems\":1,")
                .containsPattern("\"coveredListAsOf\":\"\\d{4}-\\d{2}-\\d{2}\",\"catalogVersion\":\"[^\"]+\"");

        HttpResponse<String> confirmed = putFinding(inventory, router,
                "{\"decision\":\"covered\",\"reason\":\"Label says made in Vietnam, authorised after March 2026\"}");
        assertThat(confirmed.body()).contains("\"covered\":true").contains("\"coveredCategory\":\"FOREIGN_CONSUMER_ROUTER\"")
                .contains("\"mustReplace\":false");
        assertThat(Api.get(engineer, "/api/inventories/" + inventory + "/items?site=T2").body())
                .contains("\"coveredCategory\":\"FOREIGN_CONSUMER_ROUTER\"").contains("\"mustReplace\":false");
        assertThat(Api.get(finance, estimate).body()).as("confirmed covered, the router may still stay in service")
                .contains("\"sitesWithCoveredGear\":1,");

        putFinding(inventory, router, "{\"decision\":\"replace\",\"reason\":\"Swapped in the same trip\"}");
        assertThat(Api.get(finance, estimate).body()).contains("\"sitesWithCoveredGear\":2,");
        assertThat(Api.get(engineer, "/api/inventories/" + inventory).body())
                .contains("\"mustReplaceItems\":2,\"categoryItems\":1,");
    }

    @Test
    void refusesAnOverrideWithoutAReasonOrWithAnUnknownDecision() {
        long inventory = uploadGood();
        long item = itemIdOfModel(inventory, "AirScale");

        HttpClientResponseException noReason = catchThrowableOfType(HttpClientResponseException.class,
                () -> putFinding(inventory, item, "{\"decision\":\"covered\"}"));
        assertThat(noReason.code()).isEqualTo(422);
        assertThat((String) noReason.getResponse().getBody(String.class).orElseThrow()).contains("reason is required");

        HttpClientResponseException unknown = catchThrowableOfType(HttpClientResponseException.class,
                () -> putFinding(inventory, item, "{\"decision\":\"maybe\",\"reason\":\"x\"}"));
        assertThat(unknown.code()).isEqualTo(422);
        assertThat((String) unknown.getResponse().getBody(String.class).orElseThrow())
                .contains("decision must be 'covered', 'not covered' or 'replace'; found 'maybe'.");

        HttpClientResponseException missing = catchThrowableOfType(HttpClientResponseException.class,
                () -> putFinding(inventory, 987654, "{\"decision\":\"covered\",\"reason\":\"x\"}"));
        assertThat(missing.code()).isEqualTo(404);
    }

    @Test
    void keepsAnOverrideGivenInTheInventoryColumn() {
        HttpResponse<String> created = engineer.exchange(HttpRequest.POST("/api/inventories",
                upload("override.csv", "Site ID,Vendor,Model,Serial,Override\nT9,Acme Optics,X-100,O-1,"
                        + "\"covered: rebadged Huawei OptiX unit, confirmed on site\"\n"))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class);
        String location = created.header("Location");
        String items = (String) engineer.retrieve(location + "/items");
        assertThat(items).contains("\"covered\":true").contains("\"overridden\":true")
                .contains("\"override\":{\"decision\":\"covered\",\"reason\":\"rebadged Huawei OptiX unit, confirmed on site\"}");
    }

    @Test
    void answers404ForAnInventoryThatDoesNotExist() {
        HttpClientResponseException missing = catchThrowableOfType(HttpClientResponseException.class, () ->
                engineer.retrieve("/api/inventories/999999"));
        assertThat(missing.code()).isEqualTo(404);
        assertThat((String) missing.getResponse().getBody(String.class).orElseThrow())
                .isEqualTo("{\"message\":\"No inventory has id 999999.\"}");
    }

    @Test
    void reportsItsHealth() {
        assertThat((String) engineer.retrieve("/health")).isEqualTo("{\"status\":\"UP\"}");
    }
}
