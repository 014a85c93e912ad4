package com.ripreplace.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class SampleInventoriesTest {

    @TempDir
    static Path dir;
    private static List<GeneratedInventory> written;

    @BeforeAll
    static void writeAll() throws Exception {
        written = SampleInventories.writeAll(dir.resolve("sample-inventories"), dir.resolve("templates"));
    }

    @Test
    void writesEverySampleAndTheTemplate() {
        for (String name : List.of("small-carrier-25-sites.xlsx", "medium-carrier-150-sites.xlsx",
                "large-carrier-1200-sites.xlsx", "messy-carrier-export.csv", "messy-legacy-inventory.xls")) {
            assertThat(dir.resolve("sample-inventories").resolve(name)).isRegularFile();
        }
        assertThat(dir.resolve("templates/inventory-template.xlsx")).isRegularFile();
    }

    @Test
    void sizesTheStandardSamplesAt25And150And1200Sites() throws Exception {
        assertThat(written).extracting(GeneratedInventory::sites).containsExactly(25, 150, 1200);
        GeneratedInventory large = written.get(2);
        assertThat(large.items()).isBetween(5 * 1200, 15 * 1200);
        try (InventoryWorkbook workbook = InventoryWorkbook.open(large.file())) {
            assertThat(workbook.rows("Sites", "Site ID")).hasSize(1200);
            assertThat(workbook.rows("Equipment", "Site ID")).hasSize(large.items());
            assertThat(workbook.headerRowIndex("Equipment", "Site ID")).as("two title rows and a blank row").isEqualTo(3);
        }
    }

    @Test
    void keepsTheLargeSampleUnderFiveMegabytes() throws Exception {
        assertThat(Files.size(written.get(2).file())).isLessThan(5L * 1024 * 1024);
    }

    @Test
    void keepsEveryWorkbookPartWellUnderTheReadersInflationLimit() throws Exception {
        for (GeneratedInventory inventory : written) {
            try (ZipFile zip = new ZipFile(inventory.file().toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getCompressedSize() > 0) {
                        assertThat(entry.getSize() / entry.getCompressedSize()).as(entry.getName()).isLessThan(100);
                    }
                }
            }
        }
    }

    @Test
    void givesEachCarrierItsOwnCoveredShareBetweenFortyAndSeventyPercent() {
        assertThat(written).allSatisfy(inventory ->
                assertThat((double) inventory.coveredItems() / inventory.items()).isBetween(0.40, 0.70));
    }

    @Test
    void dependsOnlyOnListedSitesWithoutCyclesInTheLargeSample() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(written.get(2).file())) {
            java.util.Map<String, List<String>> graph = new java.util.HashMap<>();
            for (var row : workbook.rows("Sites", "Site ID")) {
                String ids = (String) row.getOrDefault("Depends On", "");
                graph.put((String) row.get("Site ID"), ids.isBlank() ? List.of() : List.of(ids.split(", ")));
            }
            assertThat(graph.values()).allSatisfy(ids -> assertThat(graph.keySet()).containsAll(ids));
            assertThat(InventoryGeneratorTest.cycleIn(graph)).isEmpty();
        }
    }
}
