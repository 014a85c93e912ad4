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
                .contains("row 2: TP-Link Archer AX55, S/N T1 — to review, FOREIGN_CONSUMER_ROUTER, not to be ripped out,"
                        + " not reimbursable")
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

    /** Issue 14's finding: this ran out of memory under -Xmx256m and printed a stack trace (exit 1). */
    @Test
    void refusesACsvLineOfTenMillionValuesWithExitTwoNamingFileRowAndLimit() throws IOException {
        Path file = dir.resolve("wide.csv");
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 16)) {
            out.write("Site ID,Vendor,Model\n");
            for (int i = 0; i < 10_000_000; i++) {
                out.write(i == 0 ? "1" : ",1");
            }
            out.write('\n');
        }
        CommandLineRun run = CommandLineRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("ERROR   " + file + " › row 2 › column IW: Row 2 has a value in column IW"
                + " (column 257); at most 256 columns are read");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Issue 14's finding: a row numbered 0 was dropped without a word (one line of gear lost, exit 0). */
    @Test
    void refusesAnXlsxRowNumberedZeroNamingTheSheetInsteadOfDroppingTheLine() throws IOException {
        Path file = dir.resolve("row-zero.xlsx");
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + inline("A1", "Site ID") + inline("B1", "Vendor") + inline("C1", "Model") + "</row>"
                + "<row r=\"2\">" + inline("A2", "S1") + inline("B2", "Huawei") + inline("C2", "BBU3900") + "</row>"
                + "<row r=\"0\">" + inline("A0", "S1") + inline("B0", "ZTE") + inline("C0", "ZXSDR B8200") + "</row>"
                + "</sheetData></worksheet>";
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : Map.of(
                    "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                    "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                            + "<sheet name=\"Equipment\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                    "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                    "xl/worksheets/sheet1.xml", sheet).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        CommandLineRun run = CommandLineRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("ERROR   " + file + " › Equipment: The sheet holds a row numbered 0 after row 2;"
                + " rows are numbered from 1");
    }

    private static String inline(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
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

    /** The command list shows each command's first description line: it must be a whole sentence, as every line is. */
    @Test
    void cutsNoHelpTextMidSentence() {
        for (Class<?> command : PlannerCommand.class.getAnnotation(picocli.CommandLine.Command.class).subcommands()) {
            String[] description = command.getAnnotation(picocli.CommandLine.Command.class).description();
            for (String line : description) {
                assertThat(line.startsWith(" ") || line.endsWith(".") || line.endsWith(":"))
                        .as(command.getSimpleName() + ": '" + line + "'").isTrue();
            }
        }
        String list = CommandLineRun.of("--help").out();
        assertThat(list).doesNotContainPattern(",\\n\\s*(serve|estimate|generate|benchmark)");
        assertThat(list).contains("deadline, and writes the plan workbook.");
    }

    @Test
    void listsTheLinesToReviewAndTheCoveredLinesBySiteWithTheirReasons() throws IOException {
        Path file = csv("inv.csv", """
                Site ID,Vendor,Model,Serial,Quantity,Purchase Date
                S1,Huawei,BBU3900,A1,2,2019-06-30
                S1,Huawei,RRU3908,A2,1,
                S2,Ericsson,Radio 4449,B1,1,2021-01-01
                S2,ZTE,ZXSDR B8200,B2,3,2018-05-01
                """);
        CommandLineRun run = CommandLineRun.of("check", file.toString());

        assertThat(run.exitCode()).isZero();
        String out = run.out().replace("\r\n", "\n");
        assertThat(out).contains("Needs review (1 line at 1 site):\n  Site S1 (1 line)\n    row 3: Huawei RRU3908,"
                + " S/N A2 — to review, HUAWEI, not reimbursable\n      ");
        assertThat(out).contains("Purchase date is missing");
        assertThat(out).contains("Covered gear not needing review (2 lines at 2 sites):\n  Site S1 (1 line)\n"
                + "    row 2: Huawei BBU3900, S/N A1, qty 2 — HUAWEI, reimbursable\n");
        assertThat(out).contains("  Site S2 (1 line)\n    row 5: ZTE ZXSDR B8200, S/N B2, qty 3 — ZTE, reimbursable\n");
        assertThat(out).doesNotContain("Ericsson");
        assertThat(out.indexOf("Needs review (")).isGreaterThan(out.indexOf("Lines of gear:"));
    }

    @Test
    void shortensALongListWithACountAndAPointerToTheJson() throws IOException {
        StringBuilder lines = new StringBuilder("Site ID,Vendor,Model,Serial,Purchase Date\n");
        for (int i = 1; i <= 60; i++) {
            lines.append("S").append(i).append(",Huawei,BBU3900,SN").append(i).append(",2019-01-01\n");
        }
        CommandLineRun run = CommandLineRun.of("check", csv("many.csv", lines.toString()).toString());

        assertThat(run.out()).contains("Covered gear not needing review (60 lines at 60 sites):")
                .contains("Site S25 (1 line)").doesNotContain("Site S26 ")
                .contains("  … and 35 more lines (35 more sites); `check --format json` lists every line with its"
                        + " reason.");
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
