package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryGeneratorTest {

    @TempDir
    static Path dir;

    private static GeneratedInventory small;
    private static GeneratedInventory medium;

    @BeforeAll
    static void generate() throws IOException {
        small = new InventoryGenerator(CarrierSpec.small()).writeXlsx(dir.resolve("small.xlsx"));
        medium = new InventoryGenerator(CarrierSpec.medium())
                .withEquipmentTitles("Prairie Sky Communications - Equipment inventory as of 2025-10-31")
                .writeXlsx(dir.resolve("medium.xlsx"));
    }

    private static List<Map<String, Object>> equipment(InventoryWorkbook workbook) {
        return workbook.rows(EquipmentColumn.SHEET, EquipmentColumn.SITE_ID.header());
    }

    private static List<Map<String, Object>> sites(InventoryWorkbook workbook) {
        return workbook.rows(SiteColumn.SHEET, SiteColumn.SITE_ID.header());
    }

    private static Vendor vendorSpelled(String spelling) {
        return Arrays.stream(Vendor.values()).filter(v -> v.spellings().contains(spelling)).findFirst()
                .orElseThrow(() -> new AssertionError("Unknown vendor spelling " + spelling));
    }

    @Test
    void writesProgramSitesAndEquipmentSheetsWithTheContractHeaders() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(small.file())) {
            assertThat(workbook.sheetNames()).containsExactly("Program", "Sites", "Equipment");
            assertThat(workbook.headers("Equipment", "Site ID")).containsExactly("Site ID", "Vendor", "Model", "Serial",
                    "Category", "Quantity", "Purchase Date", "Description", "Unit Replacement Cost", "MAC");
            assertThat(workbook.headers("Sites", "Site ID")).containsExactly("Site ID", "Site Name", "Latitude",
                    "Longitude", "State", "Site Type", "Critical", "Subscribers", "Depends On", "Access Months",
                    "Earliest Start");
            assertThat(workbook.headers("Program", "Setting")).containsExactly("Setting", "Value");
            assertThat(workbook.program().keySet()).containsExactly("Carrier Name", "FRN", "Reimbursement Allocation",
                    "Funding Factor", "Initial Disbursement Date", "Deadline", "Extension Deadline", "Planning Start",
                    "Lead Time Days", "Wave Length", "Budget Per Wave", "Starting Cash", "Reimbursement Lag Days",
                    "Crews", "Sites Per Crew Per Wave");
        }
    }

    @Test
    void writesTheRequestedNumberOfSitesWithFiveToFifteenLinesOfGearEach() throws IOException {
        for (GeneratedInventory inventory : List.of(small, medium)) {
            try (InventoryWorkbook workbook = InventoryWorkbook.open(inventory.file())) {
                List<Map<String, Object>> sites = sites(workbook);
                List<Map<String, Object>> equipment = equipment(workbook);
                assertThat(sites).hasSize(inventory.sites());
                assertThat(equipment).hasSize(inventory.items());
                Map<Object, Long> linesPerSite = equipment.stream()
                        .collect(Collectors.groupingBy(row -> row.get("Site ID"), Collectors.counting()));
                assertThat(linesPerSite).hasSize(inventory.sites());
                assertThat(linesPerSite.values()).allSatisfy(lines -> assertThat(lines).isBetween(5L, 15L));
            }
        }
        assertThat(small.sites()).isEqualTo(25);
        assertThat(medium.sites()).isEqualTo(150);
    }

    @Test
    void countsAsCoveredExactlyTheLinesFromCoveredEntities() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            long covered = equipment(workbook).stream()
                    .filter(row -> vendorSpelled((String) row.get("Vendor")).covered()).count();
            assertThat(covered).isEqualTo(medium.coveredItems());
        }
    }

    @Test
    void keepsTheCoveredShareBetweenFortyAndSeventyPercent() {
        for (GeneratedInventory inventory : List.of(small, medium)) {
            double share = (double) inventory.coveredItems() / inventory.items();
            assertThat(share).isBetween(0.40, 0.70);
        }
    }

    @Test
    void producesTheSameCellValuesForTheSameSeed() throws IOException {
        GeneratedInventory again = new InventoryGenerator(CarrierSpec.small()).writeXlsx(dir.resolve("small-again.xlsx"));
        try (InventoryWorkbook first = InventoryWorkbook.open(small.file());
             InventoryWorkbook second = InventoryWorkbook.open(again.file())) {
            assertThat(second.allCellValues()).isNotEmpty().containsExactlyElementsOf(first.allCellValues());
        }
        assertThat(again).isEqualTo(new GeneratedInventory(again.file(), small.sites(), small.items(), small.coveredItems()));
    }

    @Test
    void producesADifferentInventoryForAnotherSeed() throws IOException {
        CarrierSpec other = new CarrierSpec("Big Horn Wireless", 25, 12L);
        GeneratedInventory different = new InventoryGenerator(other).writeXlsx(dir.resolve("small-other.xlsx"));
        try (InventoryWorkbook first = InventoryWorkbook.open(small.file());
             InventoryWorkbook second = InventoryWorkbook.open(different.file())) {
            assertThat(second.allCellValues()).isNotEqualTo(first.allCellValues());
        }
    }

    @Test
    void givesEveryLineASerialThatAppearsOnlyOnce() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            List<Object> serials = equipment(workbook).stream().map(row -> row.get("Serial")).toList();
            assertThat(serials).doesNotContainNull().doesNotHaveDuplicates();
        }
    }

    @Test
    void installsEveryLineOfGearAtASiteListedOnTheSitesSheet() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            Set<Object> siteIds = sites(workbook).stream().map(row -> row.get("Site ID")).collect(Collectors.toSet());
            assertThat(equipment(workbook)).allSatisfy(row -> assertThat(siteIds).contains(row.get("Site ID")));
        }
    }

    @Test
    void givesSitesUniqueIdsMadeOfAStatePrefixAndANumber() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            List<Map<String, Object>> sites = sites(workbook);
            assertThat(sites.stream().map(row -> row.get("Site ID")).toList()).doesNotHaveDuplicates();
            assertThat(sites).allSatisfy(row -> {
                String id = (String) row.get("Site ID");
                assertThat(id).matches("[A-Z]{2}-\\d{4}");
                assertThat(id).startsWith(row.get("State") + "-");
            });
        }
    }

    @Test
    void dependsOnlyOnListedSitesAndNeverInACycle() throws IOException {
        for (GeneratedInventory inventory : List.of(small, medium)) {
            assertDependenciesAreListedAndAcyclic(inventory);
        }
    }

    private static void assertDependenciesAreListedAndAcyclic(GeneratedInventory inventory) throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(inventory.file())) {
            Map<String, List<String>> dependsOn = new HashMap<>();
            for (Map<String, Object> row : sites(workbook)) {
                String ids = (String) row.getOrDefault("Depends On", "");
                dependsOn.put((String) row.get("Site ID"),
                        ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(String::trim).toList());
            }
            assertThat(dependsOn.values()).allSatisfy(ids -> assertThat(dependsOn.keySet()).containsAll(ids));
            assertThat(dependsOn.values()).anySatisfy(ids -> assertThat(ids).hasSize(2));
            assertThat(cycleIn(dependsOn)).isEmpty();
        }
    }

    /** A site on a dependency cycle, if any (depth-first search with three colours). */
    static List<String> cycleIn(Map<String, List<String>> graph) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : graph.keySet()) {
            List<String> found = visit(start, graph, state);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, List<String>> graph, Map<String, Integer> state) {
        int seen = state.getOrDefault(node, 0);
        if (seen == 1) {
            return List.of(node);
        }
        if (seen == 2) {
            return List.of();
        }
        state.put(node, 1);
        for (String next : graph.getOrDefault(node, List.of())) {
            List<String> found = visit(next, graph, state);
            if (!found.isEmpty()) {
                return found;
            }
        }
        state.put(node, 2);
        return List.of();
    }

    @Test
    void marksFifteenToTwentyFivePercentOfSitesAsReachableOnlyInSummer() throws IOException {
        for (GeneratedInventory inventory : List.of(small, medium)) {
            try (InventoryWorkbook workbook = InventoryWorkbook.open(inventory.file())) {
                List<Map<String, Object>> sites = sites(workbook);
                List<Object> windows = sites.stream().map(row -> row.get("Access Months")).filter(v -> v != null).toList();
                assertThat((double) windows.size() / sites.size()).isBetween(0.15, 0.25);
                assertThat(windows).allSatisfy(w -> assertThat((String) w).matches("[A-Z][a-z]{2}-[A-Z][a-z]{2}"));
            }
        }
    }

    @Test
    void marksEveryCoreHubAndCentralOfficeCritical() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            List<Map<String, Object>> sites = sites(workbook);
            assertThat(sites).allSatisfy(row -> {
                assertThat(row.get("Critical")).isIn("Y", "N");
                assertThat(row.get("Site Type")).isIn((Object[]) SiteType.labels());
                assertThat((Double) row.get("Subscribers")).isNotNegative().satisfies(s -> assertThat(s % 1).isZero());
            });
            assertThat(sites).filteredOn(row -> List.of("Core", "Hub", "Central Office").contains(row.get("Site Type")))
                    .isNotEmpty().allSatisfy(row -> assertThat(row.get("Critical")).isEqualTo("Y"));
            assertThat(sites).filteredOn(row -> row.get("Earliest Start") != null).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.get("Earliest Start")).isInstanceOf(LocalDate.class));
        }
    }

    @Test
    void placesEverySiteInsideTheStateItIsListedIn() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            assertThat(sites(workbook)).allSatisfy(row -> {
                UsState state = UsState.valueOf((String) row.get("State"));
                double lat = (Double) row.get("Latitude");
                double lon = (Double) row.get("Longitude");
                assertThat(state.contains(lat, lon) || state.contains(lat + 1e-6, lon + 1e-6)
                        || state.contains(lat - 1e-6, lon - 1e-6))
                        .as("%s at %f, %f", row.get("Site ID"), lat, lon).isTrue();
            });
        }
    }

    @Test
    void writesPurchaseDatesAsRealDatesMostlyFrom2012To2022WithSomeAfterTheReimbursableCutoff() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            List<Map<String, Object>> equipment = equipment(workbook);
            List<LocalDate> dates = equipment.stream().map(row -> row.get("Purchase Date")).filter(v -> v != null)
                    .map(InventoryWorkbook::date).toList();
            assertThat(dates.size()).isLessThan(equipment.size()).isGreaterThan(equipment.size() * 95 / 100);
            long inRange = dates.stream().filter(d -> d.getYear() >= 2012 && d.getYear() <= 2022).count();
            assertThat((double) inRange / dates.size()).isGreaterThan(0.85);
            List<LocalDate> coveredDates = equipment.stream()
                    .filter(row -> vendorSpelled((String) row.get("Vendor")).covered() && row.get("Purchase Date") != null)
                    .map(row -> InventoryWorkbook.date(row.get("Purchase Date"))).toList();
            assertThat(coveredDates).anySatisfy(d -> assertThat(d).isAfter(LocalDate.of(2020, 6, 30)));
            assertThat(coveredDates).anySatisfy(d -> assertThat(d).isBefore(LocalDate.of(2020, 7, 1)));
        }
    }

    @Test
    void formatsDatesAsYearMonthDayAndCostsAsCurrency() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            Sheet sheet = workbook.sheet("Equipment");
            int header = workbook.headerRowIndex("Equipment", "Site ID");
            int dates = 0;
            int costs = 0;
            for (Row row : sheet) {
                if (row.getRowNum() <= header) {
                    continue;
                }
                Cell date = row.getCell(EquipmentColumn.PURCHASE_DATE.ordinal());
                if (date != null) {
                    assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                    dates++;
                }
                Cell cost = row.getCell(EquipmentColumn.UNIT_REPLACEMENT_COST.ordinal());
                if (cost != null) {
                    assertThat(cost.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(cost.getCellStyle().getDataFormatString()).contains("$").contains("#,##0.00");
                    costs++;
                }
            }
            int rows = medium.items();
            assertThat(dates).isPositive();
            assertThat(costs).as("own costs on some rows, blank on most").isBetween(rows / 20, rows / 3);
        }
    }

    @Test
    void recordsMacAddressesOnSomeRowsWithTheVendorsOwnPrefix() throws IOException {
        Map<Vendor, List<String>> prefixes = Arrays.stream(Vendor.values())
                .collect(Collectors.toMap(Function.identity(), Vendor::ouis));
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            List<Map<String, Object>> withMac = equipment(workbook).stream().filter(row -> row.get("MAC") != null).toList();
            assertThat(withMac).isNotEmpty().allSatisfy(row -> {
                String mac = (String) row.get("MAC");
                assertThat(mac).matches("([0-9A-F]{2}:){5}[0-9A-F]{2}");
                assertThat(prefixes.get(vendorSpelled((String) row.get("Vendor")))).contains(mac.substring(0, 8));
            });
            assertThat(withMac).anySatisfy(row -> assertThat((String) row.get("MAC")).startsWith("00:E0:FC"));
        }
    }

    @Test
    void spellsVendorsInTheVariedWaysRealSheetsDo() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            Set<Object> vendors = equipment(workbook).stream().map(row -> row.get("Vendor")).collect(Collectors.toSet());
            assertThat(vendors).contains("Huawei", "HUAWEI", "Huawei Technologies Co., Ltd.", "ZTE", "ZTE Corporation");
            assertThat(vendors).as("lookalikes that are not covered").containsAnyOf("H3C", "ZTT", "DZS", "Zhone", "Baicells", "Hughes");
            assertThat(vendors).containsAnyOf("Ericsson", "Nokia", "Samsung");
        }
    }

    @Test
    void usesOnlyTheWorkbookCategories() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            assertThat(equipment(workbook)).allSatisfy(row -> {
                assertThat(row.get("Category")).isIn((Object[]) Category.labels());
                assertThat((Double) row.get("Quantity")).isGreaterThanOrEqualTo(1.0);
            });
        }
    }

    @Test
    void setsTheDeadlineOneYearAfterTheInitialDisbursementAndFillsEverySetting() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(small.file())) {
            Map<String, Object> program = workbook.program();
            LocalDate initial = InventoryWorkbook.date(program.get("Initial Disbursement Date"));
            assertThat(InventoryWorkbook.date(program.get("Deadline"))).isEqualTo(initial.plusYears(1));
            assertThat(InventoryWorkbook.date(program.get("Planning Start"))).isAfter(initial);
            assertThat(program.get("Carrier Name")).isEqualTo("Big Horn Wireless");
            assertThat((String) program.get("FRN")).matches("\\d{10}");
            assertThat((Double) program.get("Funding Factor")).isIn(1.0, 0.395);
            assertThat(program.get("Wave Length")).isIn("month", "quarter");
            for (String number : List.of("Reimbursement Allocation", "Budget Per Wave", "Starting Cash", "Lead Time Days",
                    "Reimbursement Lag Days", "Crews", "Sites Per Crew Per Wave")) {
                assertThat(program.get(number)).as(number).isInstanceOf(Double.class);
                assertThat((Double) program.get(number)).as(number).isPositive();
            }
            Object extension = program.get("Extension Deadline");
            if (extension != null) {
                assertThat(InventoryWorkbook.date(extension)).isAfter(InventoryWorkbook.date(program.get("Deadline")));
            }
            Sheet sheet = workbook.sheet("Program");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString()).contains("$");
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString()).contains("%");
        }
    }

    @Test
    void putsTitleRowsAndABlankRowAboveTheEquipmentHeaderWhenAsked() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            Sheet sheet = workbook.sheet("Equipment");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Prairie Sky Communications - Equipment inventory as of 2025-10-31");
            assertThat(sheet.getRow(1)).isNull();
            assertThat(workbook.headerRowIndex("Equipment", "Site ID")).isEqualTo(2);
        }
        try (InventoryWorkbook workbook = InventoryWorkbook.open(small.file())) {
            assertThat(workbook.headerRowIndex("Equipment", "Site ID")).isZero();
        }
    }

    @Test
    void writesValuesAndNeverFormulas() throws IOException {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(medium.file())) {
            List<String> formulas = new ArrayList<>();
            for (Sheet sheet : workbook.poi()) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            assertThat(formulas).isEmpty();
        }
    }

    @Test
    void keepsTheSameSerialsUniqueAcrossTheSampleCarriers() throws IOException {
        Set<Object> seen = new HashSet<>();
        for (GeneratedInventory inventory : List.of(small, medium)) {
            try (InventoryWorkbook workbook = InventoryWorkbook.open(inventory.file())) {
                for (Map<String, Object> row : equipment(workbook)) {
                    assertThat(seen.add(row.get("Serial"))).as("serial %s", row.get("Serial")).isTrue();
                }
            }
        }
    }
}
