package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Summary sheet: what a grant administrator and a finance team read first. */
class SummarySheetTest {

    @TempDir
    Path dir;

    @Test
    void namesTheCarrierAndEverySettingWithWhereItCameFrom() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.summaryValue("Carrier").getStringCellValue()).isEqualTo("Prairie Mutual Telephone");
            assertThat(workbook.summaryValue("FRN").getStringCellValue()).isEqualTo("0012345678");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Funding Factor")))
                    .containsExactly("Funding Factor", "50.0%", "command line");
            assertThat(workbook.summaryValue("Funding Factor").getNumericCellValue()).isEqualTo(0.5);
            assertThat(workbook.texts("Summary", workbook.summaryRow("Reimbursement Allocation")))
                    .containsExactly("Reimbursement Allocation", "$100,000.00", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Reimbursement Lag Days")))
                    .containsExactly("Reimbursement Lag Days", "45", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Starting Cash")))
                    .containsExactly("Starting Cash", "$50,000.00", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Budget Per Wave")))
                    .containsExactly("Budget Per Wave", "$250,000.00", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Wave Length")))
                    .containsExactly("Wave Length", "Month", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Planning Start")))
                    .containsExactly("Planning Start", "2027-01-01", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Deadline")))
                    .containsExactly("Deadline", "2027-12-31", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Deadline in Force")))
                    .containsExactly("Deadline in Force", "2027-12-31", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Lead Time Days")))
                    .containsExactly("Lead Time Days", "per category", "not given: the cost catalog's lead time per category");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Crews"))).containsExactly("Crews", "2", "command line");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Sites Per Crew Per Wave")))
                    .containsExactly("Sites Per Crew Per Wave", "2", "command line");
            assertThat(workbook.summaryValue("Starting Cash").getCellType()).as("a setting is a plain value")
                    .isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void moneyTotalsAreLiveFormulasThatComeToTheEstimatesTotals() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        assertThat(plan.estimate().cappedByAllocation()).as("the fixture's allocation cap binds").isGreaterThan(Money.ZERO);
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertThat(workbook.summaryValue("Total Cost").getCellFormula()).isEqualTo("SUM(Schedule!H2:H4)");
            assertThat(workbook.summaryValue("Reimbursable").getCellFormula()).as("after the cap, site by site")
                    .isEqualTo("SUM(Schedule!I2:I4)");
            assertThat(workbook.summaryValue("Reimbursable Before the Allocation Cap").getNumericCellValue())
                    .isEqualTo(plan.estimate().reimbursableBeforeCap().amount().doubleValue());

            assertEvaluates(workbook, "Total Cost", plan.estimate().total());
            assertEvaluates(workbook, "Reimbursable", plan.estimate().reimbursable());
            assertEvaluates(workbook, "Taken Off by the Allocation Cap", plan.estimate().cappedByAllocation());
            assertEvaluates(workbook, "Carrier-paid", plan.estimate().carrierPaid());
            WaveCashFlow last = plan.waves().get(plan.waves().size() - 1);
            assertEvaluates(workbook, "Allocation Used", last.allocationUsed());
            assertEvaluates(workbook, "Allocation Left", last.allocationLeft());
            assertEvaluates(workbook, "Reimbursement Received", last.cumulativeReceived());
            assertEvaluates(workbook, "Lowest Cash Balance",
                    plan.waves().stream().map(WaveCashFlow::cashBalance).min(Money::compareTo).orElseThrow());
            assertThat(workbook.summaryValue("Total Cost").getCellStyle().getDataFormatString()).isEqualTo("$#,##0.00");
        }
    }

    @Test
    void withoutAnAllocationReimbursableIsTheSitesSumAndNothingIsLeftToCount() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withoutAnAllocation().build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertEvaluates(workbook, "Reimbursable", plan.estimate().reimbursableBeforeCap());
            assertEvaluates(workbook, "Carrier-paid", plan.estimate().carrierPaid());
            assertThat(workbook.summaryValue("Reimbursement Allocation").getStringCellValue()).isEqualTo("none (no cap)");
            assertThat(workbook.summaryValue("Allocation Left").getStringCellValue()).isEqualTo("no cap");
        }
    }

    @Test
    void setsTheScheduleAgainstTheDeadline() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.evaluated(workbook.summaryValue("First Wave"))).isEqualTo(1);
            assertThat(workbook.evaluated(workbook.summaryValue("Last Wave"))).isEqualTo(2);
            Cell lastFinish = workbook.summaryValue("Last Finish");
            assertThat(DateUtil.isCellDateFormatted(lastFinish)).isTrue();
            assertThat(DateUtil.getLocalDateTime(workbook.evaluated(lastFinish)).toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 2, 5));
            assertThat(workbook.evaluated(workbook.summaryValue("Margin in Days"))).as("5 Feb to 31 Dec 2027")
                    .isEqualTo(329);
            assertThat(workbook.summaryValue("Feasible").getStringCellValue()).isEqualTo("Yes");
            assertThat(workbook.summaryValue("On Time").getStringCellValue()).isEqualTo("Yes");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Broken Rules") + 1)).containsExactly("None");
        }
    }

    @Test
    void aLatePlanShowsTheExtensionItNeedsAndEveryBrokenRule() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).thatRunsPastTheDeadline().build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertThat(workbook.evaluated(workbook.summaryValue("Margin in Days"))).isEqualTo(-16);
            assertThat(workbook.summaryValue("On Time").getStringCellValue()).isEqualTo("No");

            int extension = workbook.summaryRow("Extension Needed");
            assertThat(workbook.texts("Summary", extension + 1)).containsExactly("Deadline in Force", "2027-01-20");
            assertThat(workbook.texts("Summary", extension + 2)).containsExactly("Last Finish", "2027-02-05");
            assertThat(workbook.texts("Summary", extension + 3)).containsExactly("Days Beyond the Deadline", "16");
            assertThat(workbook.texts("Summary", extension + 4)).startsWith("Months Beyond the Deadline", "1");
            assertThat(workbook.texts("Summary", extension + 5)).containsExactly("Driving Sites", "1", "WY-00003");
            assertThat(workbook.texts("Summary", extension + 6)).containsExactly("Binding Rule",
                    "Crew capacity: 2 crews × 2 sites per wave need 2 waves for 3 sites");

            int rules = workbook.summaryRow("Broken Rules");
            assertThat(workbook.texts("Summary", rules + 1)).containsExactly("Rule", "Level", "Description", "", "");
            assertThat(workbook.texts("Summary", rules + 2)).containsExactly("Deadline", "deadline",
                    "WY-00003 finishes 16 days after the deadline in force");
        }
    }

    @Test
    void recordsWhenAndHowThePlanWasMadeAndFromWhichFiles() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            Cell plannedAt = workbook.summaryValue("Planned At");
            assertThat(DateUtil.isCellDateFormatted(plannedAt)).isTrue();
            assertThat(plannedAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 22, 9, 30));
            assertThat(workbook.summaryValue("Solver Settings").getStringCellValue()).isEqualTo("time limit 30s, seed 42");
            assertThat(workbook.summaryValue("Solver Score").getStringCellValue()).isEqualTo("0hard/-1200soft");
            int inputs = workbook.summaryRow("Inputs");
            assertThat(workbook.texts("Summary", inputs + 1)).containsExactly("File", "Kind", "SHA-256", "", "");
            assertThat(workbook.texts("Summary", inputs + 2)).containsExactly("towers.xlsx", "xlsx",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        }
    }

    @Test
    void aPlanWithNoSitesStillAddsUpToZero() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(0).build())) {
            assertThat(workbook.summaryValue("Total Cost").getNumericCellValue()).isZero();
            assertThat(workbook.summaryValue("First Wave").getStringCellValue()).isEqualTo("none");
            assertThat(workbook.summaryValue("Margin in Days").getStringCellValue()).isEqualTo("no work scheduled");
            assertThat(workbook.evaluated(workbook.summaryValue("Lowest Cash Balance"))).isEqualTo(50_000);
        }
    }

    private static void assertEvaluates(OpenedPlan workbook, String label, Money expected) {
        Cell cell = workbook.summaryValue(label);
        assertThat(cell.getCellType()).as(label).isEqualTo(CellType.FORMULA);
        assertThat(workbook.evaluated(cell)).as(label).isCloseTo(expected.amount().doubleValue(), within(0.001));
    }
}
