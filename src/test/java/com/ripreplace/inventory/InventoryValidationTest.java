package com.ripreplace.inventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static com.ripreplace.inventory.InventoryReaderFormatsTest.read;
import static com.ripreplace.inventory.Sheets.row;
import static org.assertj.core.api.Assertions.assertThat;

/** Every problem of a file is collected, located as a spreadsheet shows it, and said in plain words. */
class InventoryValidationTest {

    @TempDir
    Path dir;

    @Test
    void collectsEveryProblemWithFileSheetRowAndColumn() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Serial", "Category", "Quantity", "Purchase Date", "Unit Cost"),
                row("S1", "Huawei", "BBU3900", "A1", "RAN Baseband", "three", "2019-01-01", 100),
                row("S1", "ZTE", "F660", "A2", "ONT/CPE", 1, "last spring", 50),
                row(null, "Nokia", "AirScale", "A3", null, 1, null, null),
                row("S2", "Cisco", "ASR 920", "A4", null, 0, null, "tbd"),
                row("S2", null, null, "A5", null, 1, null, null)).writeXlsx(dir.resolve("bad.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.items()).isEmpty();
        assertThat(inventory.sites()).isEmpty();
        assertThat(inventory.errors()).extracting(Problem::describe).containsExactly(
                "bad.xlsx › Equipment › row 2 › column F (Quantity): Quantity must be a whole number of at least 1; found 'three'",
                "bad.xlsx › Equipment › row 3 › column G (Purchase Date): Purchase Date must be a date such as 2019-06-30, 6/30/2019 or 30-Jun-19; found 'last spring'",
                "bad.xlsx › Equipment › row 4 › column A (Site ID): Site ID is blank; every line of gear needs the site it stands at.",
                "bad.xlsx › Equipment › row 5 › column F (Quantity): Quantity must be a whole number of at least 1; found '0'",
                "bad.xlsx › Equipment › row 5 › column H (Unit Cost): Unit Replacement Cost must be an amount of money of at least 0, such as 12500 or $12,500.00; found 'tbd'",
                "bad.xlsx › Equipment › row 6 › column B (Vendor): Vendor, Model, Description and MAC are all blank; the line of gear cannot be identified.");
    }

    @Test
    void catchesDuplicateSerials() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Serial"),
                row("S1", "Huawei", "BBU3900", "21023-ABC"),
                row("S2", "Huawei", "BBU3900", "21023-abc"),
                row("S3", "Huawei", "BBU3900", "N/A"),
                row("S4", "Huawei", "BBU3900", "n/a")).writeXlsx(dir.resolve("dupes.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("D");
            assertThat(p.message()).isEqualTo("Serial '21023-abc' appears twice: it is also on row 2 of sheet Equipment"
                    + " in dupes.xlsx. Each unit's serial must be unique.");
        });
    }

    @Test
    void catchesGearAtASiteThatIsNotOnTheSitesSheet() throws IOException {
        Path file = Sheets.workbook()
                .sheet("Sites", row("Site ID", "Site Name"), row("S1", "One"))
                .sheet("Equipment", row("Site ID", "Vendor", "Model"), row("S1", "Huawei", "BBU3900"),
                        row("S9", "ZTE", "F660"))
                .writeXlsx(dir.resolve("orphan.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Equipment");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Site 'S9' is not on the Sites sheet; add it there or correct the Site ID.");
        });
    }

    @Test
    void acceptsAFlatFileBesideAnotherFileWithASitesSheet() throws IOException {
        Path withSites = Sheets.aRuralCarrier().writeXlsx(dir.resolve("prairie.xlsx"));
        Path flat = Sheets.text(dir.resolve("flat.csv"), "Tower Code;Tower Name;Mfr;Part #\nAMT1;Lewistown;ZTE;F660\n",
                StandardCharsets.UTF_8);
        Inventory inventory = read(withSites, flat);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).extracting(Site::siteId).contains("AMT1", "WY-001");
    }

    @Test
    void catchesOutOfRangeCoordinates() throws IOException {
        Path file = Sheets.workbook()
                .sheet("Sites", row("Site ID", "Latitude", "Longitude"), row("S1", 123.4, -104.0),
                        row("S2", 44.0, -204.0), row("S3", "44°75'00\"N", -104.0))
                .sheet("Equipment", row("Site ID", "Vendor", "Model"), row("S1", "Huawei", "BBU3900"))
                .writeXlsx(dir.resolve("coords.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).extracting(Problem::row, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "B"), org.assertj.core.groups.Tuple.tuple(3, "C"),
                org.assertj.core.groups.Tuple.tuple(4, "B"));
        assertThat(inventory.errors().get(0).message()).isEqualTo("Latitude must be between -90 and 90 degrees, written as"
                + " decimal degrees (44.52) or degrees-minutes-seconds (44°31'12\"N); found '123.4'");
    }

    @Test
    void catchesUnknownDependenciesAndCircles() throws IOException {
        Path unknown = Sheets.workbook()
                .sheet("Sites", row("Site ID", "Depends On"), row("S1", null), row("S2", "S1, S7"))
                .sheet("Equipment", row("Site ID", "Vendor", "Model"), row("S1", "Huawei", "BBU3900"))
                .writeXlsx(dir.resolve("unknown.xlsx"));
        assertThat(read(unknown).errors()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("B");
            assertThat(p.message()).isEqualTo("Depends On names site 'S7', which is not in the inventory.");
        });

        Path circle = Sheets.workbook()
                .sheet("Sites", row("Site ID", "Depends On"), row("S1", "S3"), row("S2", "S1"), row("S3", "S2"))
                .sheet("Equipment", row("Site ID", "Vendor", "Model"), row("S1", "Huawei", "BBU3900"))
                .writeXlsx(dir.resolve("circle.xlsx"));
        assertThat(read(circle).errors()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("Sites depend on each other in a circle (S1 → S3 → S2 → S1), so none of"
                        + " them could ever start."));
    }

    @Test
    void catchesASiteListedTwice() throws IOException {
        Path file = Sheets.workbook()
                .sheet("Sites", row("Site ID", "Site Name"), row("S1", "One"), row("s1", "Again"))
                .sheet("Equipment", row("Site ID", "Vendor", "Model"), row("S1", "Huawei", "BBU3900"))
                .writeXlsx(dir.resolve("twice.xlsx"));
        assertThat(read(file).errors()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("Site ID 's1' is listed twice: also on row 2 of sheet Sites in twice.xlsx."));
    }

    @Test
    void refusesAnEquipmentSheetWithoutASiteIdColumn() throws IOException {
        Path file = Sheets.text(dir.resolve("nosite.csv"), "Vendor,Model,Serial\nHuawei,BBU3900,A\n", StandardCharsets.UTF_8);
        assertThat(read(file).errors()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.message()).startsWith("The header has no Site ID column");
        });
    }

    @Test
    void importsNothingFromAnyFileWhenOneHasAnError() throws IOException {
        Path good = Sheets.aRuralCarrier().writeXlsx(dir.resolve("good.xlsx"));
        Path bad = Sheets.text(dir.resolve("bad.csv"), "Site ID,Vendor,Model,Quantity\nWY-001,Huawei,BBU3900,-2\n",
                StandardCharsets.UTF_8);
        Inventory inventory = read(good, bad);

        assertThat(inventory.usable()).isFalse();
        assertThat(inventory.items()).isEmpty();
        assertThat(inventory.errors()).singleElement().satisfies(p -> assertThat(p.describe())
                .isEqualTo("bad.csv › row 2 › column D (Quantity): Quantity must be a whole number of at least 1; found '-2'"));
    }

    @Test
    void warnsOnceAboutManyBlankQuantities() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Quantity"),
                row("S1", "Huawei", "A", null), row("S1", "Huawei", "B", null), row("S1", "Huawei", "C", 2))
                .writeXlsx(dir.resolve("qty.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.items()).extracting(EquipmentLine::quantity).containsExactly(1, 1, 2);
        assertThat(inventory.warnings()).singleElement().satisfies(w ->
                assertThat(w.describe()).isEqualTo("qty.xlsx › Equipment › row 2 › column D (Quantity): Quantity was blank"
                        + " and counted as 1 on 2 rows (the first is row 2)"));
    }

    @Test
    void listsAtMostTheConfiguredNumberOfProblemsAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("Site ID,Vendor,Model,Quantity\n");
        for (int i = 0; i < 30; i++) {
            csv.append("S1,Huawei,M").append(i).append(",many\n");
        }
        Path file = Sheets.text(dir.resolve("many.csv"), csv.toString(), StandardCharsets.UTF_8);
        Inventory inventory = new InventoryReader(new InputLimits(1 << 20, 1000, 50, 100, 1 << 30, 10))
                .read(java.util.List.of(new InventoryReader.InputFile(file, "many.csv")));

        assertThat(inventory.errors()).hasSize(11);
        assertThat(inventory.errors().get(10).message())
                .isEqualTo("20 more errors in this file are not listed; fix the ones above and check again.");
    }
}
