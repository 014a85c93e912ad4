package com.ripreplace.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists and lines come a page at a time, filtered, with a total; the estimate follows the settings asked for. */
@MicronautTest(environments = "test", transactional = false)
class InventoryPagesTest extends AsEngineer {

    @Test
    void pagesTheLinesOfGearAndFiltersThemByCoveredReviewAndSite() {
        long id = Api.uploadCsv(engineer, "towers.csv", Api.towers(15));

        Api.Answer second = Api.get(engineer, "/api/inventories/" + id + "/items?page=1&size=10");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).endsWith("\"page\":1,\"size\":10,\"total\":30,\"totalPages\":3}")
                .contains("\"serial\":\"H-6\"").doesNotContain("\"serial\":\"H-5\"");

        Api.Answer covered = Api.get(engineer, "/api/inventories/" + id + "/items?covered=true&size=100");
        assertThat(covered.body()).contains("\"total\":15,").doesNotContain("AirScale");

        Api.Answer site = Api.get(engineer, "/api/inventories/" + id + "/items?site=T7");
        assertThat(site.body()).contains("\"serial\":\"H-7\"").contains("\"serial\":\"N-7\"").contains("\"total\":2,");

        Api.Answer review = Api.get(engineer, "/api/inventories/" + id + "/items?needsReview=true");
        assertThat(review.body()).contains("\"items\":[]").contains("\"total\":0,");
    }

    @Test
    void pagesTheSitesAndKeepsThemOutOfTheInventoryItself() {
        long id = Api.uploadCsv(engineer, "towers.csv", Api.towers(15));

        Api.Answer inventory = Api.get(engineer, "/api/inventories/" + id);
        assertThat(inventory.body()).contains("\"sites\":\"/api/inventories/" + id + "/sites\"")
                .contains("\"sites\":15,").doesNotContain("\"siteId\"");

        Api.Answer second = Api.get(engineer, "/api/inventories/" + id + "/sites?page=1&size=10");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).startsWith("{\"items\":[{\"siteId\":\"T11\",\"siteName\":\"Tower 11\"")
                .contains("\"siteId\":\"T15\"").doesNotContain("\"siteId\":\"T10\"")
                .endsWith("\"page\":1,\"size\":10,\"total\":15,\"totalPages\":2}");
        assertThat(Api.get(engineer, "/api/inventories/" + id + "/sites?size=0").status()).isEqualTo(422);
        assertThat(Api.get(engineer, "/api/inventories/424242/sites").status()).isEqualTo(404);
    }

    @Test
    void answersALargeUploadWithItsCountsAndALinkNotEveryLineAgain() {
        Api.Answer created = Api.send(engineer, io.micronaut.http.HttpRequest.POST("/api/inventories",
                        io.micronaut.http.client.multipart.MultipartBody.builder().addPart("files", "towers.csv",
                                io.micronaut.http.MediaType.TEXT_CSV_TYPE, Api.towers(2_500).getBytes(
                                        java.nio.charset.StandardCharsets.UTF_8)).build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"items\":5000,").contains("\"items\":\"" + created.location() + "/items\"")
                .doesNotContain("RRU3908");
        assertThat(created.body().length()).isLessThan(1_000);
    }

    @Test
    void listsInventoriesNewestFirst() {
        long older = Api.uploadCsv(engineer, "older.csv", Api.towers(1));
        long newer = Api.uploadCsv(engineer, "newer.csv", Api.towers(2));

        Api.Answer list = Api.get(engineer, "/api/inventories?size=2");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).startsWith("{\"items\":[{\"id\":" + newer + ",")
                .contains("},{\"id\":" + older + ",").contains("\"page\":0,\"size\":2,");
    }

    @Test
    void estimatesAStoredInventoryWithTheSettingsAsked() {
        long id = Api.uploadCsv(engineer, "towers.csv", Api.towers(4));

        var finance = People.finance(client, accounts);
        Api.Answer full = Api.get(finance, "/api/inventories/" + id + "/estimate");
        Api.Answer half = Api.get(finance, "/api/inventories/" + id + "/estimate?fundingFactor=0.5&crews=1");

        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).contains("\"sitesWithCoveredGear\":4").contains("\"fundingFactor\":1,");
        assertThat(half.body()).contains("\"fundingFactor\":0.5,").contains("\"Funding Factor\":\"request\"")
                .contains("\"Crews\":\"request\"");
        assertThat(amount(half.body(), "reimbursable") * 2).isEqualTo(amount(full.body(), "reimbursable"));
        assertThat(Api.get(finance, "/api/inventories/424242/estimate").status()).isEqualTo(404);
    }

    private static double amount(String json, String field) {
        var m = java.util.regex.Pattern.compile("\"" + field + "\":([0-9.]+)").matcher(json);
        assertThat(m.find()).as("%s in %s", field, json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void keepsTheCarriersFrnFromTheProgramSheetAndWarnsThatItIsNotTheUploadersCarrier() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "sample-inventories/small-carrier-25-sites.xlsx"));
        Api.Answer created = Api.send(engineer, io.micronaut.http.HttpRequest.POST("/api/inventories",
                        io.micronaut.http.client.multipart.MultipartBody.builder().addPart("files",
                                "small-carrier-25-sites.xlsx", io.micronaut.http.MediaType.APPLICATION_OCTET_STREAM_TYPE,
                                sample).build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"frn\":\"0011680394\",\"carrier\":\"" + People.CARRIER_A + "\"")
                .contains("\"sheet\":\"Program\",\"row\":null,\"column\":null,\"message\":\"The Program sheet names"
                        + " FRN 0011680394, but eng-a uploads for carrier FRN 0012345678: the inventory is stored for"
                        + " FRN 0012345678.\"");
        assertThat(Api.get(engineer, created.location()).body()).contains("\"frn\":\"0011680394\"")
                .as("the warning is kept with the inventory's import notes")
                .contains("\"message\":\"The Program sheet names FRN 0011680394, but eng-a uploads for carrier FRN"
                        + " 0012345678: the inventory is stored for FRN 0012345678.\"");
    }
}
