package com.ripreplace.cli;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ripreplace.covered.CoveredCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void printsTheCheckReportAsJsonFieldForField() throws IOException {
        Path file = csv("inv.csv", """
                Site ID,Site Name,Latitude,Longitude,State,Critical,Subscribers,Depends On,Access Months,Vendor,Model,Serial,Quantity,Purchase Date
                S1,Hub,44.5,-104.2,WY,Y,1200,,,Huawei,BBU3900,A1,2,2019-06-30
                S2,Ridge,44.6,-104.3,WY,N,300,S1,May-Oct,Ericsson,Radio 4449,B1,1,2021-01-01
                """);
        CommandLineRun run = CommandLineRun.of("check", "--format", "json", file.toString());

        assertThat(run.exitCode()).isZero();
        Map<String, Object> report = Json.parse(run.out());
        assertThat(report).containsOnlyKeys("summary", "sites", "items", "errors", "warnings");
        assertThat(report.get("summary")).isEqualTo(Map.of("sites", 2, "items", 2, "coveredItems", 1, "needsReview", 0,
                "reimbursableItems", 1, "mustReplaceItems", 1, "categoryItems", 0, "coveredListAsOf", "2026-04-30",
                "catalogVersion", CoveredCatalog.loadDefault().version()));
        List<Map<String, Object>> sites = Json.list(report.get("sites"));
        assertThat(sites.get(1)).containsOnlyKeys("siteId", "siteName", "latitude", "longitude", "state", "critical",
                "subscribers", "dependsOn", "accessMonths");
        assertThat(sites.get(1)).containsEntry("siteId", "S2").containsEntry("latitude", 44.6)
                .containsEntry("critical", false).containsEntry("subscribers", 300)
                .containsEntry("dependsOn", List.of("S1")).containsEntry("accessMonths", List.of(5, 6, 7, 8, 9, 10));
        Map<String, Object> huawei = Json.list(report.get("items")).get(0);
        assertThat(huawei).containsOnlyKeys("file", "sheet", "row", "siteId", "vendor", "model", "serial", "quantity",
                "purchaseDate", "covered", "entity", "confidence", "needsReview", "reason", "reimbursable",
                "coveredCategory", "mustReplace");
        assertThat(huawei).containsEntry("file", file.toString()).containsEntry("sheet", null).containsEntry("row", 2)
                .containsEntry("siteId", "S1").containsEntry("quantity", 2).containsEntry("purchaseDate", "2019-06-30")
                .containsEntry("covered", true).containsEntry("entity", "HUAWEI").containsEntry("reimbursable", true)
                .containsEntry("coveredCategory", null).containsEntry("mustReplace", true);
        assertThat((Double) huawei.get("confidence")).isBetween(0.0, 1.0);
        assertThat((String) huawei.get("reason")).isNotBlank();
        Map<String, Object> ericsson = Json.list(report.get("items")).get(1);
        assertThat(ericsson).containsEntry("covered", false).containsEntry("entity", null);
    }

    @Test
    void tellsAnEngineerWhatATpLinkArcherAx55IsUnderTheConsumerRouterListingAndWhichListItReflects() throws IOException {
        Path file = csv("cpe.csv", """
                Site ID,Vendor,Model,Serial,Quantity,Purchase Date
                S1,TP-Link,Archer AX55,T1,1,
                S1,Huawei,BBU3900,H1,1,2019-06-30
                """);
        CommandLineRun text = CommandLineRun.of("check", file.toString());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Findings reflect the Covered List as of 30 April 2026 (latest listing reflected:"
                        + " 23 March 2026; catalog ")
                .contains("Covered: 2")
                .contains("To rip out and replace: 1   In a category listing (consumer routers, hotspots, CPE): 1")
                .contains("TP-Link Archer AX55: covered (FOREIGN_CONSUMER_ROUTER), not to be ripped out, needs review")
                .contains("on the Covered List since 23 March 2026, as a category, not a company")
                .contains("look up the FCC ID on its label")
                .contains("Not reimbursable by the rip-and-replace programme, and not planned for replacement unless an"
                        + " engineer's override says 'replace'");

        Map<String, Object> report = Json.parse(CommandLineRun.of("check", "--format", "json", file.toString()).out());
        assertThat(Json.list(report.get("items")).get(0)).containsEntry("covered", true)
                .containsEntry("entity", "FOREIGN_CONSUMER_ROUTER").containsEntry("coveredCategory", "FOREIGN_CONSUMER_ROUTER")
                .containsEntry("mustReplace", false).containsEntry("reimbursable", false).containsEntry("needsReview", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) report.get("summary");
        assertThat(summary).containsEntry("coveredItems", 2).containsEntry("mustReplaceItems", 1)
                .containsEntry("categoryItems", 1).containsEntry("coveredListAsOf", "2026-04-30");
    }

    @Test
    void namesTheCoveredListItsFindingsReflectInTheVersion() {
        CommandLineRun run = CommandLineRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Rip & Replace Planner 0.1.0")
                .contains("Findings reflect the Covered List as of 30 April 2026 (latest listing reflected: 23 March 2026");
    }

    @Test
    void printsTheReportWithItsErrorsAndExitsTwoWhenTheFileCannotBeUsed() throws IOException {
        Path file = csv("bad.csv", "Site ID,Vendor,Model,Quantity\nS1,Huawei,BBU3900,three\n");
        CommandLineRun run = CommandLineRun.of("check", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        Map<String, Object> report = Json.parse(run.out());
        assertThat(Json.list(report.get("errors"))).singleElement().satisfies(error -> assertThat(error)
                .containsOnlyKeys("file", "sheet", "row", "column", "message")
                .containsEntry("file", file.toString()).containsEntry("sheet", null).containsEntry("row", 2)
                .containsEntry("column", "D")
                .containsEntry("message", "Quantity must be a whole number of at least 1; found 'three'"));
        assertThat(Json.list(report.get("items"))).isEmpty();
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void explainsEachProblemToAPersonWithItsPlace() throws IOException {
        Path file = csv("bad.csv", "Site ID,Vendor,Model,Quantity\nS1,Huawei,BBU3900,three\n");
        CommandLineRun run = CommandLineRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("The inventory cannot be used: 1 error. Nothing was imported.")
                .contains(file + " › row 2 › column D (Quantity): Quantity must be a whole number of at least 1;"
                        + " found 'three'");
    }

    @Test
    void refusesAHostileFileWithOneLineAndNoStackTrace() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        Files.createFile(file);
        CommandLineRun run = CommandLineRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("ERROR   " + file + ": The file is empty.");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void answersHelpForEveryCommand() {
        for (String command : List.of("check", "serve", "generate")) {
            CommandLineRun run = CommandLineRun.of(command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Usage: rip-replace-planner " + command);
        }
        assertThat(CommandLineRun.of("--help").out()).contains("check").contains("serve").contains("Exit codes:");
    }

    @Test
    void treatsAnUnknownOptionAsUnusableInput() {
        CommandLineRun run = CommandLineRun.of("check", "--colour", "x.csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    /** A tiny JSON reader over jackson-core's streaming parser, so tests see the report as a program would. */
    static final class Json {
        @SuppressWarnings("unchecked")
        static Map<String, Object> parse(String json) throws IOException {
            try (var parser = new JsonFactory().createParser(json)) {
                parser.nextToken();
                return (Map<String, Object>) value(parser);
            }
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> list(Object value) {
            return (List<Map<String, Object>>) value;
        }

        private static Object value(com.fasterxml.jackson.core.JsonParser p) throws IOException {
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    Map<String, Object> map = new java.util.LinkedHashMap<>();
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, value(p));
                    }
                    return map;
                }
                case START_ARRAY -> {
                    List<Object> list = new java.util.ArrayList<>();
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                        list.add(value(p));
                    }
                    return list;
                }
                case VALUE_STRING -> {
                    return p.getText();
                }
                case VALUE_NUMBER_INT -> {
                    return p.getIntValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    return p.getDoubleValue();
                }
                case VALUE_TRUE -> {
                    return true;
                }
                case VALUE_FALSE -> {
                    return false;
                }
                default -> {
                    return null;
                }
            }
        }
    }
}
