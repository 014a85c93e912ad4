package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateWriterTest {

    @TempDir
    static Path dir;
    private static Path template;

    @BeforeAll
    static void write() throws Exception {
        template = dir.resolve("templates/inventory-template.xlsx");
        TemplateWriter.write(template);
    }

    @Test
    void hasInstructionsThenEquipmentSitesAndProgramWithTheContractHeaders() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(template)) {
            assertThat(workbook.sheetNames()).containsExactly("Instructions", "Equipment", "Sites", "Program");
            assertThat(workbook.headers("Equipment", "Site ID")).containsExactly("Site ID", "Vendor", "Model", "Serial",
                    "Category", "Quantity", "Purchase Date", "Description", "Unit Replacement Cost", "MAC");
            assertThat(workbook.headers("Sites", "Site ID")).containsExactly("Site ID", "Site Name", "Latitude",
                    "Longitude", "State", "Site Type", "Critical", "Subscribers", "Depends On", "Access Months",
                    "Earliest Start");
            assertThat(workbook.program().keySet()).containsExactly("Carrier Name", "FRN", "Reimbursement Allocation",
                    "Funding Factor", "Initial Disbursement Date", "Deadline", "Extension Deadline", "Planning Start",
                    "Lead Time Days", "Wave Length", "Budget Per Wave", "Starting Cash", "Reimbursement Lag Days",
                    "Crews", "Sites Per Crew Per Wave");
            for (String sheet : List.of("Equipment", "Sites", "Program")) {
                Sheet poi = workbook.sheet(sheet);
                assertThat(poi.getPaneInformation().isFreezePane()).as(sheet).isTrue();
                assertThat(poi.getPaneInformation().getHorizontalSplitPosition()).as(sheet).isEqualTo((short) 1);
                assertThat(poi.getRow(0).getCell(0).getCellStyle().getFontIndex()).isPositive();
                assertThat(workbook.poi().getFontAt(poi.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(poi.getColumnWidth(1)).isGreaterThan(2048);
            }
        }
    }

    @Test
    void explainsEverySheetColumnAndTheAcceptedValueForms() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(template)) {
            String text = workbook.allCellValues().stream().filter(v -> v.startsWith("Instructions!"))
                    .collect(Collectors.joining("\n"));
            for (EquipmentColumn column : EquipmentColumn.values()) {
                assertThat(text).contains("=" + column.header());
            }
            for (SiteColumn column : SiteColumn.values()) {
                assertThat(text).contains("=" + column.header());
            }
            for (ProgramKey key : ProgramKey.values()) {
                assertThat(text).contains("=" + key.key());
            }
            assertThat(text).contains("aliases", "Y or N", "Jun-Sep", "Comma-separated", "yyyy-mm-dd", "month or quarter");
        }
    }

    @Test
    void offersDropDownListsForTheColumnsWithFixedValues() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(template)) {
            assertThat(listAt(workbook.sheet("Equipment"), EquipmentColumn.CATEGORY.ordinal()))
                    .containsExactly(Category.labels());
            assertThat(listAt(workbook.sheet("Sites"), SiteColumn.SITE_TYPE.ordinal())).containsExactly(SiteType.labels());
            assertThat(listAt(workbook.sheet("Sites"), SiteColumn.CRITICAL.ordinal())).containsExactly("Y", "N");
            assertThat(listAt(workbook.sheet("Program"), 1)).containsExactly("month", "quarter");
        }
    }

    private static List<String> listAt(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.getFirstColumn() == column) {
                    values.addAll(List.of(validation.getValidationConstraint().getExplicitListValues()));
                }
            }
        }
        return values;
    }

    @Test
    void showsTwoExampleRowsWhoseSitesAreOnTheSitesSheet() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(template)) {
            List<Map<String, Object>> equipment = workbook.rows("Equipment", "Site ID");
            List<Map<String, Object>> sites = workbook.rows("Sites", "Site ID");
            assertThat(equipment).hasSize(2);
            assertThat(sites).hasSize(2);
            assertThat(equipment.get(0)).containsEntry("Vendor", "Huawei").containsEntry("Model", "BBU3900")
                    .containsEntry("Purchase Date", LocalDate.of(2017, 5, 12));
            assertThat(equipment.get(1)).containsEntry("Vendor", "Ericsson");
            Set<Object> siteIds = sites.stream().map(row -> row.get("Site ID")).collect(Collectors.toSet());
            assertThat(equipment).allSatisfy(row -> assertThat(siteIds).contains(row.get("Site ID")));
            assertThat(sites.get(1)).containsEntry("Depends On", "EX-001").containsEntry("Access Months", "Jun-Sep");
        }
    }

    @Test
    void formatsDateAndCostColumnsAndFillsTheProgramWithExamples() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(template)) {
            Sheet equipment = workbook.sheet("Equipment");
            assertThat(equipment.getColumnStyle(EquipmentColumn.PURCHASE_DATE.ordinal()).getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            assertThat(equipment.getColumnStyle(EquipmentColumn.UNIT_REPLACEMENT_COST.ordinal()).getDataFormatString())
                    .contains("$");
            assertThat(workbook.sheet("Sites").getColumnStyle(SiteColumn.EARLIEST_START.ordinal()).getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            Map<String, Object> program = workbook.program();
            assertThat(InventoryWorkbook.date(program.get("Deadline")))
                    .isEqualTo(InventoryWorkbook.date(program.get("Initial Disbursement Date")).plusYears(1));
            assertThat(program.get("Wave Length")).isEqualTo("month");
            assertThat(program).doesNotContainKey(null);
            assertThat(workbook.allCellValues()).noneMatch(v -> v.contains("=="));
        }
    }
}
