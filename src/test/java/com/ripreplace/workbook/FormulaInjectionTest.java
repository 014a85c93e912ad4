package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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

    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaComesBackAsTextWithExcelsQuotePrefix() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withFirstSiteNamed(EVIL_SITE).forCarrier(EVIL_CARRIER)
                .withInputFileNamed(EVIL_FILE).build();
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(plan, out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertIsQuotedText(workbook.cell("Schedule", 1, 1), EVIL_SITE);
            assertIsQuotedText(workbook.summaryValue("Carrier"), EVIL_CARRIER);
            assertIsQuotedText(workbook.cell("Summary", workbook.summaryRow("Inputs") + 2, 0), EVIL_FILE);
            assertThat(workbook.cell("Schedule", 2, 1).getCellStyle().getQuotePrefixed())
                    .as("ordinary text needs no prefix").isFalse();
        }
    }

    @Test
    void theOnlyFormulasAreTheTotalsAndRunningFiguresTheWriterBuilds() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withFirstSiteNamed(EVIL_SITE).forCarrier(EVIL_CARRIER)
                .withInputFileNamed(EVIL_FILE).build();
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(plan, out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            List<String> expected = new ArrayList<>();
            // Schedule: the totals row (row 5, after three sites) sums Covered Items, Estimated and Reimbursable Cost
            expected.addAll(List.of("Schedule!G5", "Schedule!H5", "Schedule!I5"));
            // Waves: per wave Cumulative Spend, Cash Balance, Allocation Used, Allocation Left, Carrier Share ...
            int waves = plan.waves().size();
            for (int row = 2; row <= waves + 1; row++) {
                for (String column : List.of("G", "I", "N", "O", "P")) {
                    expected.add("Waves!" + column + row);
                }
            }
            // ... and the totals row sums Sites, Spend, Received, Eligible Spend, Claimed, Own Funding, Carrier Share
            for (String column : List.of("D", "E", "H", "J", "K", "M", "P")) {
                expected.add("Waves!" + column + (waves + 2));
            }
            // Summary: the money totals and the schedule's span and margin
            Stream.of("Total Cost", "Reimbursable Before the Allocation Cap", "Reimbursable",
                    "Taken Off by the Allocation Cap", "Carrier Share", "Allocation Used", "Allocation Left",
                    "Reimbursement Received", "Lowest Cash Balance", "First Wave", "Last Wave", "Work Starts",
                    "Last Finish", "Margin in Days")
                    .forEach(label -> expected.add("Summary!B" + (workbook.summaryRow(label) + 1)));

            List<String> formulas = workbook.formulaCells();
            System.out.println("Formula cells in a 3-site, " + waves + "-wave plan: " + formulas.size());
            assertThat(formulas).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(formulas).hasSize(3 + 5 * waves + 7 + 14);
            for (String address : formulas) {
                String[] parts = address.split("!");
                Cell cell = workbook.sheet(parts[0]).getRow(new org.apache.poi.ss.util.CellReference(parts[1]).getRow())
                        .getCell(new org.apache.poi.ss.util.CellReference(parts[1]).getCol());
                assertThat(cell.getCellFormula()).as(address)
                        .matches("((Schedule|Waves|Summary)!|[A-Z0-9$:+\\-(),])+")
                        .doesNotContain("HYPERLINK", "cmd");
            }
        }
    }

    private static void assertIsQuotedText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on " + text).isTrue();
    }
}
