package com.ripreplace.workbook;

import com.ripreplace.inventory.Problem;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;

/** No text from an input ever becomes a formula: the only formulas are the ones the writer builds. */
class FormulaInjectionTest {

    private static final String EVIL_SITE = "=HYPERLINK(\"http://evil\",\"x\")";
    private static final String EVIL_CARRIER = "+cmd|' /C calc'!A0";
    private static final String EVIL_FILE = "@SUM(1+1)*cmd|' /C calc'!A0.xlsx";

    /** The texts of the issue's inventory: a vendor, a site name, a model and a serial that read as formulas. */
    private static final String EVIL_VENDOR = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String EVIL_SITE_NAME = "+cmd|' /C calc'!A0";
    private static final String EVIL_MODEL = "@SUM(1)";
    private static final String EVIL_SERIAL = "-2+3";

    /**
     * What a formula the writer builds is made of: its functions, cell references (on the plan's own sheets),
     * operators, numbers and the two strings it writes, the criteria {@code "<="} and {@code "Yes"}.
     */
    private static final String PRODUCT_FORMULA = "((SUM|MIN|MAX|COUNTIF|SUMIF|COUNTA|INDEX|MATCH)\\("
            + "|(Schedule|Waves|Summary|Equipment)!|\\$?[A-Z]{1,3}\\$?[0-9]+|[0-9.]+|\"<=\"|\"Yes\"|[-+/&:,()])+";

    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaComesBackAsTextWithExcelsQuotePrefix() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withFirstSiteNamed(EVIL_SITE).forCarrier(EVIL_CARRIER)
                .withInputFileNamed(EVIL_FILE).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertIsQuotedText(workbook.cell("Schedule", 1, 1), EVIL_SITE);
            assertIsQuotedText(workbook.summaryValue("Carrier"), EVIL_CARRIER);
            assertIsQuotedText(workbook.cell("Summary", workbook.summaryRow("Inputs") + 2, 0), EVIL_FILE);
            assertIsQuotedText(workbook.cell("Equipment", 1, 0), EVIL_FILE);
            assertIsQuotedText(workbook.cell("Gantt", GanttSheet.HEADER_ROW + 1, 1), EVIL_SITE);
            assertThat(workbook.cell("Schedule", 2, 1).getCellStyle().getQuotePrefixed())
                    .as("ordinary text needs no prefix").isFalse();
        }
    }

    @Test
    void theOnlyFormulasAreTheTotalsAndRunningFiguresTheWriterBuilds() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withFirstSiteNamed(EVIL_SITE).forCarrier(EVIL_CARRIER)
                .withInputFileNamed(EVIL_FILE).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            List<String> expected = productFormulas(plan, workbook);
            List<String> formulas = workbook.formulaCells();
            System.out.println("Formula cells in a 3-site, " + plan.waves().size() + "-wave plan: " + formulas.size());
            assertThat(formulas).containsExactlyInAnyOrderElementsOf(expected);
            assertEveryFormulaIsBuiltFromReferences(workbook);
        }
    }

    @Test
    void anInventoryWhoseTextsReadAsFormulasAddsNoFormulaCellAnywhere() throws IOException {
        PlanOutcome evil = aPlanOf(3).sitesOverWaves(2).withFirstSiteNamed(EVIL_SITE_NAME)
                .withFirstLineReading(EVIL_VENDOR, EVIL_MODEL, EVIL_SERIAL).withRadioCategoryNamed(EVIL_SERIAL)
                .withInputFileNamed(EVIL_MODEL).forCarrier(EVIL_VENDOR)
                .withImportNotes(new Problem(EVIL_MODEL, EVIL_SITE_NAME, 4, "B", "Vendor", EVIL_VENDOR)).build();
        PlanOutcome plain = aPlanOf(3).sitesOverWaves(2).withRadioCategoryNamed("Zz Radio").build();

        List<String> plainFormulas;
        try (OpenedPlan workbook = OpenedPlan.written(dir, plain)) {
            plainFormulas = workbook.formulaCells();
        }
        try (OpenedPlan workbook = OpenedPlan.written(dir, evil)) {
            assertThat(workbook.formulaCells()).as("the same formula cells as a plan of ordinary text")
                    .containsExactlyInAnyOrderElementsOf(plainFormulas);
            assertEveryFormulaIsBuiltFromReferences(workbook);
            for (String text : List.of(EVIL_VENDOR, EVIL_SITE_NAME, EVIL_MODEL, EVIL_SERIAL)) {
                List<Cell> cells = workbook.stringCells(text);
                assertThat(cells).as("cells reading " + text).isNotEmpty();
                cells.forEach(cell -> assertIsQuotedText(cell, text));
            }
            List<String> places = new ArrayList<>();
            for (String text : List.of(EVIL_VENDOR, EVIL_SITE_NAME, EVIL_MODEL, EVIL_SERIAL)) {
                workbook.stringCells(text).forEach(cell -> places.add(cell.getSheet().getSheetName()));
            }
            assertThat(places).as("every sheet the texts reach").contains("Summary", "Schedule", "Cost Plan",
                    "Equipment", "Gantt", "Import Notes");
        }
    }

    /** Every formula cell the writer builds for a 3-site plan over two waves (four rows of cash flow). */
    private static List<String> productFormulas(PlanOutcome plan, OpenedPlan workbook) {
        List<String> expected = new ArrayList<>();
        // Schedule: each site's Carrier-paid; the totals row (row 5, after three sites) sums Covered Items,
        // Estimated and Reimbursable Cost and Carrier-paid
        expected.addAll(List.of("Schedule!Q2", "Schedule!Q3", "Schedule!Q4"));
        expected.addAll(List.of("Schedule!G5", "Schedule!H5", "Schedule!I5", "Schedule!Q5"));
        // Waves: per wave Spend (from the Schedule), Cumulative Spend, Cash Balance, Claimed (from the Schedule),
        // Allocation Used, Allocation Left, Carrier-paid ...
        int waves = plan.waves().size();
        for (int row = 2; row <= waves + 1; row++) {
            for (String column : List.of("E", "G", "I", "K", "N", "O", "P")) {
                expected.add("Waves!" + column + row);
            }
        }
        // ... and the totals row sums Sites, Spend, Received, Eligible Spend, Claimed, Own Funding, Carrier-paid
        for (String column : List.of("D", "E", "H", "J", "K", "M", "P")) {
            expected.add("Waves!" + column + (waves + 2));
        }
        // Summary: the money totals, the lines of gear counted, the schedule's span and margin, and the cash
        Stream.of("Total Cost", "Reimbursable", "Carrier-paid", "Taken Off by the Allocation Cap", "Allocation Used",
                "Allocation Left", "Reimbursement Received", "Lines in the Inventory", "Covered Lines", "Reimbursable Lines",
                "Lines Needing Review", "Lines Overridden", "First Wave", "Last Wave", "Work Starts", "Last Finish",
                "Margin in Days", "Lowest Cash Balance", "Lowest Balance in Wave", "Lowest Balance On",
                "Financing Needed")
                .forEach(label -> expected.add("Summary!B" + (workbook.summaryRow(label) + 1)));
        // Cost Plan (columns: Wave, Start, Sites, Microwave, Radio Unit, Mobilisation, Tower Climb, Engineering,
        // Contingency, Total Spend, Reimbursable, Carrier-paid; waves on rows 3-6): each wave's Total Spend,
        // Reimbursable (a link to the Waves sheet's Claimed) and Carrier-paid, then the totals row from Sites on
        for (int row = 3; row <= waves + 2; row++) {
            expected.add("Cost Plan!J" + row);
            expected.add("Cost Plan!K" + row);
            expected.add("Cost Plan!L" + row);
        }
        for (String column : List.of("C", "D", "E", "F", "G", "H", "I", "J", "K", "L")) {
            expected.add("Cost Plan!" + column + (waves + 3));
        }
        // Reimbursement: per wave Eligible Spend, Amount Claimed and Received (links to Waves), Cumulative
        // Claimed, Allocation Left, Cumulative Received, Claimed Not Yet Received; totals of the three links;
        // one status report (the work ends before the first is due) counting, sharing, summing and the change
        for (int row = 3; row <= waves + 2; row++) {
            for (String column : List.of("C", "D", "F", "G", "H", "I", "J")) {
                expected.add("Reimbursement!" + column + row);
            }
        }
        for (String column : List.of("C", "D", "F")) {
            expected.add("Reimbursement!" + column + (waves + 3));
        }
        for (String column : List.of("C", "D", "E", "F")) {
            expected.add("Reimbursement!" + column + (waves + 8));
        }
        // Equipment: nine lines (rows 2-10), the radios and microwaves costed: Total Cost and Not Eligible; the
        // totals row 11 sums Quantity and the cost columns; four per-site cost rows (14-17) work out Not Eligible;
        // the estimate total on row 18
        for (int row = 2; row <= 10; row++) {
            if ((row - 2) % 3 != 2) {
                expected.add("Equipment!W" + row);
                expected.add("Equipment!Y" + row);
            }
        }
        for (String column : List.of("J", "S", "T", "U", "V", "W", "X", "Y")) {
            expected.add("Equipment!" + column + 11);
        }
        for (int row = 14; row <= 17; row++) {
            expected.add("Equipment!Y" + row);
        }
        expected.addAll(List.of("Equipment!W18", "Equipment!X18", "Equipment!Y18"));
        // Gantt and Import Notes: none
        return expected;
    }

    private static void assertEveryFormulaIsBuiltFromReferences(OpenedPlan workbook) {
        for (String address : workbook.formulaCells()) {
            String[] parts = address.split("!");
            CellReference at = new CellReference(parts[1]);
            Cell cell = workbook.sheet(parts[0]).getRow(at.getRow()).getCell(at.getCol());
            assertThat(cell.getCellFormula()).as(address).matches(PRODUCT_FORMULA)
                    .doesNotContain("HYPERLINK", "cmd", "calc");
        }
    }

    private static void assertIsQuotedText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on " + text + " at "
                + cell.getSheet().getSheetName() + "!" + cell.getAddress()).isTrue();
    }
}
