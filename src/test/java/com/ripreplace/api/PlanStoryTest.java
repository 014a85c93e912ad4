package com.ripreplace.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The story over HTTP: upload, override a finding, plan, watch, download the workbook; cancel another plan. */
@MicronautTest(environments = "test", transactional = false)
class PlanStoryTest extends AsEngineer {

    private BlockingHttpClient http() {
        return engineer;
    }

    private Api.Answer plan(long inventory, String settings) {
        return Api.send(http(), HttpRequest.POST("/api/inventories/" + inventory + "/plans", settings)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private Api.Answer awaitStatus(String location, String... statuses) {
        return Api.awaitStatus(http(), location, statuses);
    }

    @Test
    void plansAnInventoryWithAnEngineersOverrideAndHandsOverTheWorkbook() throws Exception {
        long inventory = Api.uploadCsv(http(), "towers.csv", Api.towers(6));
        long h1 = itemId(inventory, "H-1");
        Api.Answer overridden = Api.send(http(), HttpRequest.PUT("/api/inventories/" + inventory + "/items/" + h1
                        + "/finding", "{\"decision\":\"not covered\",\"reason\":\"Nameplate says Ericsson\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(overridden.status()).isEqualTo(200);

        Api.Answer accepted = plan(inventory, "{\"timeLimit\":\"1s\",\"seed\":3,\"crews\":1}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.location()).matches("/api/plans/\\d+");
        assertThat(accepted.body()).isEqualTo("{\"id\":" + Api.idIn(accepted.location()) + ",\"status\":\"QUEUED\"}");
        Api.Answer done = awaitStatus(accepted.location(), "DONE", "FAILED");
        assertThat(done.body()).contains("\"status\":\"DONE\"").contains("\"inventoryId\":" + inventory)
                .containsPattern("\"progress\":\\{\"elapsedSeconds\":[0-9.]+,\"bestScore\":\"[^\"]+\",\"feasible\":true,\"stage\":\"[^\"]+\"}")
                .contains("\"result\":{\"feasible\":true,\"onTime\":true,")
                .containsPattern("\"totalCost\":[1-9]").contains("\"sites\":5,")
                .contains("\"workbook\":\"" + accepted.location() + "/workbook\"");

        var download = http().exchange(HttpRequest.GET(accepted.location() + "/workbook"), byte[].class);
        assertThat(download.code()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"plan-");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Map<String, String> line = rowWhere(workbook.getSheet("Equipment"), "Serial", "H-1");
            assertThat(line.get("Covered")).isIn("No", "FALSE", "false");
            assertThat(line.get("Reason")).contains("Nameplate says Ericsson");
            assertThat(columnValues(workbook.getSheet("Schedule"), "Site ID")).contains("T2", "T6")
                    .doesNotContain("T1");
        }
    }

    @Test
    void answersWhatShortCashCostsInTimeAndInBridgeFinancing() {
        long inventory = Api.uploadCsv(http(), "towers.csv", Api.towers(6));

        Api.Answer accepted = plan(inventory, "{\"timeLimit\":\"2s\",\"crews\":1,\"sitesPerCrewPerWave\":2,"
                + "\"planningStart\":\"2027-01-01\",\"deadline\":\"2027-03-31\",\"leadTimeDays\":0,"
                + "\"fundingFactor\":1,\"reimbursementLagDays\":1,\"startingCash\":60000}");
        Api.Answer done = awaitStatus(accepted.location(), "DONE", "FAILED");

        // With cash for one tower a month the six take until June; two a month finish in March on borrowed money.
        assertThat(done.body()).contains("\"status\":\"DONE\"")
                .contains("\"result\":{\"feasible\":true,\"onTime\":false,\"lastFinish\":\"2027-06-30\",\"extensionMonths\":3,")
                .containsPattern("\"bridge\":\\{\"amount\":[1-9][0-9.]*,\"wave\":1,\"reachedOn\":\"2027-01-31\","
                        + "\"lastFinish\":\"2027-03-31\",\"onTime\":true}")
                .containsPattern("\"relaxation\":\"Unlimited cash\",\"lastFinish\":\"2027-03-31\",\"daysBeyond\":0,"
                        + "\"daysGained\":91,\"onTime\":true")
                .contains("To finish on time, by 2027-03-31, it needs bridge financing of $");
    }

    @Test
    void cancelsAPlanWhileItSolves() {
        long inventory = Api.uploadCsv(http(), "towers.csv", Api.towers(40));
        Api.Answer accepted = plan(inventory, "{\"timeLimit\":\"60s\"}");
        awaitStatus(accepted.location(), "SOLVING");

        Api.Answer cancelled = Api.send(http(), HttpRequest.DELETE(accepted.location()));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
        assertThat(Api.get(http(), accepted.location()).body()).contains("\"status\":\"CANCELLED\"");
        Api.Answer workbook = Api.get(http(), accepted.location() + "/workbook");
        assertThat(workbook.status()).isEqualTo(409);
        assertThat(workbook.body()).isEqualTo("{\"message\":\"Plan " + Api.idIn(accepted.location())
                + " is CANCELLED; its workbook can be downloaded once it is DONE.\"}");
        assertThat(Api.send(http(), HttpRequest.DELETE(accepted.location())).status()).isEqualTo(409);
        assertThat(Api.get(http(), "/api/plans/987654").status()).isEqualTo(404);
    }

    @Test
    void losesNothingWhenTwentyUploadsAndTenPlansArriveAtOnce() throws Exception {
        long inventory = Api.uploadCsv(http(), "towers.csv", Api.towers(3));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Long>> uploads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i + 1;
                uploads.add(pool.submit(() -> Api.uploadCsv(http(), "carrier-" + n + ".csv", Api.towers(n))));
            }
            List<Future<Api.Answer>> plans = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                plans.add(pool.submit(() -> plan(inventory, "{\"timeLimit\":\"200ms\"}")));
            }
            for (int i = 0; i < 20; i++) {
                long id = uploads.get(i).get();
                assertThat(Api.get(http(), "/api/inventories/" + id).body())
                        .contains("\"summary\":{\"sites\":" + (i + 1) + ",\"items\":" + 2 * (i + 1) + ",");
            }
            for (Future<Api.Answer> p : plans) {
                Api.Answer accepted = p.get();
                assertThat(accepted.status()).isEqualTo(202);
                assertThat(awaitStatus(accepted.location(), "DONE", "FAILED").body()).contains("\"status\":\"DONE\"");
            }
            assertThat(Api.get(http(), "/api/plans?inventoryId=" + inventory + "&size=50").body())
                    .contains("\"total\":10,");
        } finally {
            pool.shutdownNow();
        }
    }

    private long itemId(long inventory, String serial) {
        String items = Api.get(http(), "/api/inventories/" + inventory + "/items?size=1000").body();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^{}]*\"serial\":\"" + serial + "\"").matcher(items);
        assertThat(m.find()).as("item %s in %s", serial, items).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The row of a sheet whose {@code column} reads {@code value}, as header → text shown. */
    static Map<String, String> rowWhere(Sheet sheet, String column, String value) {
        DataFormatter format = new DataFormatter();
        Map<Integer, String> headers = headers(sheet);
        int at = headers.entrySet().stream().filter(e -> e.getValue().equals(column)).findFirst().orElseThrow().getKey();
        for (Row row : sheet) {
            Cell cell = row.getCell(at);
            if (cell != null && format.formatCellValue(cell).equals(value)) {
                Map<String, String> shown = new HashMap<>();
                headers.forEach((i, h) -> shown.put(h, row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i))));
                return shown;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value + " in " + sheet.getSheetName());
    }

    static List<String> columnValues(Sheet sheet, String column) {
        DataFormatter format = new DataFormatter();
        Map<Integer, String> headers = headers(sheet);
        int at = headers.entrySet().stream().filter(e -> e.getValue().equals(column)).findFirst().orElseThrow().getKey();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(at) != null) {
                values.add(format.formatCellValue(row.getCell(at)));
            }
        }
        return values;
    }

    private static Map<Integer, String> headers(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (format.formatCellValue(cell).equals("Site ID")) {
                    Map<Integer, String> headers = new HashMap<>();
                    row.forEach(c -> headers.put(c.getColumnIndex(), format.formatCellValue(c)));
                    return headers;
                }
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }
}
