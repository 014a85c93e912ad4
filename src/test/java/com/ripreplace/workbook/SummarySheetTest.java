package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.WhatIf;
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

    @Test
    void countsTheLinesOfGearCoveredNeedingReviewAndOverriddenAsLiveCountsOfTheEquipmentSheet() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int lines = workbook.summaryRow("Lines of Gear");
            assertThat(workbook.texts("Summary", lines)).startsWith("Lines of Gear", "Lines");
            assertThat(workbook.texts("Summary", lines + 1)).containsExactly("Lines in the Inventory", "9",
                    "every line the inventory gave: the Equipment sheet");
            assertThat(workbook.texts("Summary", lines + 2)).containsExactly("Covered Lines", "6",
                    "gear the Covered List names: Covered is Yes on the Equipment sheet");
            assertThat(workbook.texts("Summary", lines + 3)).containsExactly("Reimbursable Lines", "6",
                    "Huawei and ZTE gear obtained by 30 June 2020: Reimbursable is Yes");
            assertThat(workbook.texts("Summary", lines + 4)).containsExactly("Lines Needing Review", "1",
                    "a person should look before the plan is submitted: the amber rows");
            assertThat(workbook.texts("Summary", lines + 5)).containsExactly("Lines Overridden", "1",
                    "an engineer's decision replaced the finding: Overridden is Yes");
            assertThat(workbook.summaryValue("Covered Lines").getCellFormula()).isEqualTo("COUNTIF(Equipment!L2:L10,\"Yes\")");
            assertThat(workbook.summaryValue("Lines Overridden").getCellFormula())
                    .isEqualTo("COUNTIF(Equipment!R2:R10,\"Yes\")");

            Cell overridden = workbook.cell("Equipment", 3, EquipmentSheet.Column.OVERRIDDEN.index());
            overridden.setBlank(); // the streamed file holds inline strings, which POI does not rewrite in place
            overridden.setCellValue("Yes");
            workbook.evaluator.notifyUpdateCell(overridden);
            assertThat(workbook.evaluated(workbook.summaryValue("Lines Overridden"))).as("follows the Equipment sheet")
                    .isEqualTo(2);
        }
    }

    @Test
    void aPlanWithNoLinesCountsZeroLines() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(0).build())) {
            assertThat(workbook.texts("Summary", workbook.summaryRow("Covered Lines"))).startsWith("Covered Lines", "0");
        }
    }

    @Test
    void showsTheCashAnswerTheBridgeFinancingAndItsSentences() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withBridgeFinancing(150_000,
                "The balance falls to -$233,704.25 in wave 2 (2027-02-28): the carrier must find $233,704.25.",
                "Borrowing $150,000.00 by 2027-02-28 lets the work finish on 2027-02-05, on time.").build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int cash = workbook.summaryRow("Cash");
            assertThat(workbook.texts("Summary", cash)).startsWith("Cash", "Amount", "What it means");
            assertThat(workbook.texts("Summary", cash + 1)).containsExactly("Lowest Cash Balance", "-$233,704.25",
                    "the lowest Cash Balance on the Waves sheet");
            assertThat(workbook.texts("Summary", cash + 2)).containsExactly("Lowest Balance in Wave", "2",
                    "the first wave it is reached in");
            assertThat(workbook.texts("Summary", cash + 3)).containsExactly("Lowest Balance On", "2027-02-28",
                    "the last day of that wave");
            assertThat(workbook.texts("Summary", cash + 4)).containsExactly("Financing Needed", "$233,704.25",
                    "how far the balance falls below zero: what the carrier must borrow or find to carry this plan");
            assertThat(workbook.texts("Summary", cash + 5)).containsExactly("Shortfall Unavoidable", "No",
                    "some order of the work keeps the balance at or above zero");
            assertThat(workbook.texts("Summary", cash + 6)).containsExactly("Bridge Financing", "$150,000.00",
                    "the least the carrier must borrow at the peak to finish by the deadline in force, 2027-12-31, "
                            + "every other rule kept");
            assertThat(workbook.texts("Summary", cash + 7)).containsExactly("Bridge Peak in Wave", "2",
                    "the wave the borrowing peaks in");
            assertThat(workbook.texts("Summary", cash + 8)).containsExactly("Bridge Peak On", "2027-02-28",
                    "the last day of that wave");
            assertThat(workbook.texts("Summary", cash + 9)).containsExactly("Last Finish With Bridge", "2027-02-05");
            assertThat(workbook.texts("Summary", cash + 10)).containsExactly("On Time With Bridge", "Yes");
            assertThat(workbook.cell("Summary", cash + 11, 0).getStringCellValue())
                    .isEqualTo("The balance falls to -$233,704.25 in wave 2 (2027-02-28): the carrier must find $233,704.25.");
            assertThat(workbook.cell("Summary", cash + 11, 0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(workbook.cell("Summary", cash + 12, 0).getStringCellValue())
                    .isEqualTo("Borrowing $150,000.00 by 2027-02-28 lets the work finish on 2027-02-05, on time.");
            assertThat(workbook.sheet("Summary").getMergedRegions()).as("a sentence reads across the sheet")
                    .anyMatch(region -> region.getFirstRow() == cash + 12 && region.getFirstColumn() == 0
                            && region.getLastColumn() == 4);

            assertThat(workbook.summaryValue("Lowest Cash Balance").getCellFormula()).isEqualTo("MIN(Waves!$I$2:$I$5)");
            workbook.summaryValue("Starting Cash").setCellValue(300_000);
            workbook.evaluator.clearAllCachedResultValues();
            assertThat(workbook.evaluated(workbook.summaryValue("Lowest Cash Balance"))).as("follows the starting cash")
                    .isCloseTo(16_295.75, within(0.001));
            assertThat(workbook.evaluated(workbook.summaryValue("Financing Needed"))).isZero();
        }
    }

    @Test
    void withoutBridgeFinancingSaysItIsNotNeeded() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts("Summary", workbook.summaryRow("Bridge Financing"))).containsExactly(
                    "Bridge Financing", "not needed", "the cash the carrier has does not hold the finish back");
        }
    }

    @Test
    void aLatePlanShowsItsWhatIfTableAndEveryPlanItsNotesForTheReviewer() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).thatRunsPastTheDeadline()
                .withWhatIfs(new WhatIf("one more crew", LocalDate.of(2027, 1, 15), 0, 21, true,
                                "With a third crew the last site finishes on 2027-01-15, 5 days before the deadline."),
                        new WhatIf("access windows lifted", LocalDate.of(2027, 2, 5), 16, 0, false,
                                "Lifting the access windows gains nothing: crews, not seasons, hold the finish back."))
                .withNotes("CORE-1 costs $1,176,450.00, more than the $700,000.00 budget per wave: its wave goes over "
                        + "by $476,450.00", "=SUM(1) is how a site was named").build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int whatIf = workbook.summaryRow("What If");
            assertThat(workbook.summaryRow("What If")).isGreaterThan(workbook.summaryRow("Extension Needed"));
            assertThat(workbook.cell("Summary", whatIf + 1, 0).getStringCellValue()).startsWith("The plan made again "
                    + "with one rule relaxed at a time");
            assertThat(workbook.texts("Summary", whatIf + 2)).containsExactly("Relaxation", "Last Finish",
                    "Days Past the Deadline", "On Time?", "What It Means");
            assertThat(workbook.texts("Summary", whatIf + 3)).containsExactly("one more crew", "2027-01-15", "0", "Yes",
                    "With a third crew the last site finishes on 2027-01-15, 5 days before the deadline.");
            assertThat(workbook.texts("Summary", whatIf + 4)).containsExactly("access windows lifted", "2027-02-05",
                    "16", "No", "Lifting the access windows gains nothing: crews, not seasons, hold the finish back.");
            assertThat(DateUtil.isCellDateFormatted(workbook.cell("Summary", whatIf + 3, 1))).isTrue();
            assertThat(workbook.cell("Summary", whatIf + 4, 2).getNumericCellValue()).isEqualTo(16);

            int notes = workbook.summaryRow("Notes for the Reviewer");
            assertThat(workbook.cell("Summary", notes + 1, 0).getStringCellValue()).isEqualTo("CORE-1 costs "
                    + "$1,176,450.00, more than the $700,000.00 budget per wave: its wave goes over by $476,450.00");
            Cell formulaLike = workbook.cell("Summary", notes + 2, 0);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aPlanOnTimeHasNoWhatIfTableAndNoNotesReadsNone() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.stringCells("What If")).isEmpty();
            assertThat(workbook.texts("Summary", workbook.summaryRow("Notes for the Reviewer") + 1)).containsExactly("None");
        }
    }

    @Test
    void aPlanningStartBeforeTheDayThePlanWasMadeIsSaidFirstAndMarkedOnItsSetting() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).plannedAt(LocalDateTime.of(2027, 2, 10, 9, 30)).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            Cell sentence = workbook.cell("Summary", workbook.summaryRow("FRN") + 1, 0);
            assertThat(sentence.getStringCellValue()).isEqualTo("The planning start, 2027-01-01, lies before the day "
                    + "this plan was made, 2027-02-10: the waves before that day are already past, so the work the plan "
                    + "puts in them cannot be done on the dates shown. Plan again from a planning start of 2027-02-10 or "
                    + "later, or read those waves as work already done.");
            assertThat(sentence.getCellStyle().getFillForegroundColorColor()).as("an alert").isNotNull();
            assertThat(workbook.texts("Summary", workbook.summaryRow("Planning Start")))
                    .startsWith("Planning Start", "2027-01-01", "command line; before the day the plan was made");
        }
    }

    @Test
    void thePlannersOwnNoteOnAPastPlanningStartIsNotSaidTwice() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).plannedAt(LocalDateTime.of(2027, 2, 10, 9, 30))
                .withNotes("The planning start, 2027-01-01, lies before today (2027-02-10): the first waves of this "
                        + "plan are already in the past.", "A reviewer's other note.").build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertThat(workbook.cell("Summary", workbook.summaryRow("FRN") + 1, 0).getStringCellValue())
                    .startsWith("The planning start, 2027-01-01, lies before the day this plan was made");
            int notes = workbook.summaryRow("Notes for the Reviewer");
            assertThat(workbook.cell("Summary", notes + 1, 0).getStringCellValue()).isEqualTo("A reviewer's other note.");
            assertThat(workbook.sheet("Summary").getRow(notes + 2)).isNull();
        }
    }

    @Test
    void aPlanMadeBeforeItsPlanningStartSaysNothingOfThePast() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.sheet("Summary").getRow(workbook.summaryRow("FRN") + 1)).as("a blank row").isNull();
            assertThat(workbook.texts("Summary", workbook.summaryRow("Planning Start")))
                    .containsExactly("Planning Start", "2027-01-01", "command line");
        }
    }

    @Test
    void theMainPartSpeaksNoSolverLanguageAndTheScoreStaysInTheDetails() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).thatRunsPastTheDeadline()
                .withBridgeFinancing(150_000, "Borrowing $150,000.00 lets the work finish on time.")
                .withWhatIfs(new WhatIf("one more crew", LocalDate.of(2027, 1, 15), 0, 21, true, "A third crew helps."))
                .withNotes("A reviewer's note.").build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int details = workbook.summaryRow(SummarySheet.DETAILS);
            for (int row = 0; row < details; row++) {
                if (workbook.sheet("Summary").getRow(row) == null) {
                    continue;
                }
                for (String text : workbook.texts("Summary", row)) {
                    assertThat(text.toLowerCase(java.util.Locale.ROOT)).as("Summary row %d", row + 1)
                            .doesNotContain("score", "hard", "soft", plan.score());
                }
            }
            assertThat(workbook.summaryRow("Solver Score")).isGreaterThan(details);
            assertThat(workbook.summaryValue("Solver Score").getStringCellValue()).isEqualTo("0hard/-1200soft");
            assertThat(workbook.texts("Summary", workbook.summaryRow("Feasible")))
                    .containsExactly("Feasible", "Yes", "every physical and money rule is kept");
        }
    }

    private static void assertEvaluates(OpenedPlan workbook, String label, Money expected) {
        Cell cell = workbook.summaryValue(label);
        assertThat(cell.getCellType()).as(label).isEqualTo(CellType.FORMULA);
        assertThat(workbook.evaluated(cell)).as(label).isCloseTo(expected.amount().doubleValue(), within(0.001));
    }
}
