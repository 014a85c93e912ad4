package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Waves sheet: the money wave by wave, with the running figures as live formulas. */
class WavesSheetTest {

    private static final int SPEND = 4;
    private static final int CUMULATIVE_SPEND = 6;
    private static final int RECEIVED = 7;
    private static final int CASH_BALANCE = 8;
    private static final int CLAIMED = 10;
    private static final int ALLOCATION_USED = 13;
    private static final int ALLOCATION_LEFT = 14;
    private static final int CARRIER_PAID = 15;

    @TempDir
    Path dir;

    @Test
    void headerNamesTheContractColumnsFirstAndInOrder() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts("Waves", 0)).containsExactly("Wave", "Start", "Finish", "Sites", "Spend", "Budget",
                    "Cumulative Spend", "Reimbursement Received", "Cash Balance", "Eligible Spend", "Claimed",
                    "Claim Paid On", "Own Funding", "Allocation Used", "Allocation Left", "Carrier-paid");
        }
    }

    @Test
    void cumulativeSpendAndCashBalanceAreFormulasThatMatchTheCashFlowRowByRow() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        assertThat(plan.waves()).as("two waves of work, then the claims' payments").hasSize(4);
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            for (WaveCashFlow wave : plan.waves()) {
                int row = wave.wave() + 1;
                assertThat(workbook.cell("Waves", row, 0).getNumericCellValue()).isEqualTo(wave.wave() + 1);
                assertFormulaIs(workbook, row, CUMULATIVE_SPEND, wave.cumulativeSpend());
                assertFormulaIs(workbook, row, CASH_BALANCE, wave.cashBalance());
                assertFormulaIs(workbook, row, ALLOCATION_USED, wave.allocationUsed());
                assertFormulaIs(workbook, row, ALLOCATION_LEFT, wave.allocationLeft());
                assertFormulaIs(workbook, row, CARRIER_PAID, wave.carrierShare());
                assertThat(workbook.cell("Waves", row, SPEND).getNumericCellValue())
                        .isEqualTo(wave.spend().amount().doubleValue());
                assertThat(workbook.cell("Waves", row, RECEIVED).getNumericCellValue())
                        .isEqualTo(wave.received().amount().doubleValue());
            }
            assertThat(workbook.cell("Waves", 1, SPEND).getCellFormula())
                    .as("the wave's sites' Estimated Cost on the Schedule sheet")
                    .isEqualTo("SUMIF(Schedule!$C$2:$C$4,A2,Schedule!$H$2:$H$4)");
            assertThat(workbook.cell("Waves", 2, CLAIMED).getCellFormula())
                    .as("the wave's sites' Reimbursable Cost on the Schedule sheet")
                    .isEqualTo("SUMIF(Schedule!$C$2:$C$4,A3,Schedule!$I$2:$I$4)");
            assertThat(workbook.cell("Waves", 1, CUMULATIVE_SPEND).getCellFormula()).isEqualTo("E2");
            assertThat(workbook.cell("Waves", 2, CUMULATIVE_SPEND).getCellFormula()).isEqualTo("G2+E3");
            assertThat(workbook.cell("Waves", 1, CASH_BALANCE).getCellFormula()).startsWith("Summary!$B$");
            assertThat(workbook.cell("Waves", 1, CASH_BALANCE).getCellFormula()).endsWith("+H2+M2-E2");
            assertThat(workbook.cell("Waves", 2, CASH_BALANCE).getCellFormula()).isEqualTo("I2+H3+M3-E3");
        }
    }

    @Test
    void cashBalanceFollowsTheStartingCashOnTheSummarySheet() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            workbook.summaryValue("Starting Cash").setCellValue(0);
            workbook.evaluator.clearAllCachedResultValues();

            for (WaveCashFlow wave : plan.waves()) {
                assertThat(workbook.evaluated(workbook.cell("Waves", wave.wave() + 1, CASH_BALANCE)))
                        .isCloseTo(wave.cashBalance().minus(APlan.STARTING_CASH).amount().doubleValue(), within(0.001));
            }
        }
    }

    @Test
    void showsDatesBudgetAndClaimsAsAFinanceTeamReadsThem() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertThat(workbook.texts("Waves", 1)).containsExactly("1", "2027-01-01", "2027-01-31", "2",
                    "$201,235.00", "$250,000.00", "$201,235.00", "$0.00", "-$151,235.00", "$160,988.00",
                    "$80,494.00", "2027-03-17", "$0.00", "$80,494.00", "$19,506.00", "$120,741.00");
            for (int column : new int[] {1, 2, 11}) {
                Cell cell = workbook.cell("Waves", 1, column);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            }
            for (int column : new int[] {5, 7, 9, 12}) {
                Cell cell = workbook.cell("Waves", 1, column);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).startsWith("$#,##0.00");
            }
            for (int column : new int[] {SPEND, CLAIMED}) {
                assertThat(workbook.cell("Waves", 1, column).getCellStyle().getDataFormatString()).isEqualTo("$#,##0.00");
            }
            assertThat(workbook.cell("Waves", 1, CASH_BALANCE).getCellStyle().getDataFormatString())
                    .isEqualTo("$#,##0.00;[Red]-$#,##0.00");
            assertThat(workbook.cell("Waves", 2, 12).getNumericCellValue()).as("own funding").isEqualTo(20_000);
        }
    }

    @Test
    void leavesBudgetAndAllocationLeftBlankWhenThereIsNoLimit() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).withoutAnAllocation().build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            assertThat(workbook.sheet("Waves").getRow(1).getCell(ALLOCATION_LEFT)).isNull();
            assertFormulaIs(workbook, 2, ALLOCATION_USED, plan.waves().get(1).allocationUsed());
        }
    }

    @Test
    void totalsRowAddsUpSpendReceiptsAndClaimsWithLiveSums() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int totals = plan.waves().size() + 1;
            assertThat(workbook.cell("Waves", totals, 0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.cell("Waves", totals, SPEND).getCellFormula()).isEqualTo("SUM(E2:E5)");
            assertThat(workbook.evaluated(workbook.cell("Waves", totals, SPEND)))
                    .isCloseTo(plan.estimate().total().amount().doubleValue(), within(0.001));
            assertThat(workbook.evaluated(workbook.cell("Waves", totals, RECEIVED)))
                    .isCloseTo(sum(plan.waves(), WaveCashFlow::received), within(0.001));
            assertThat(workbook.evaluated(workbook.cell("Waves", totals, CLAIMED)))
                    .isCloseTo(sum(plan.waves(), WaveCashFlow::claimed), within(0.001));
            assertThat(workbook.evaluated(workbook.cell("Waves", totals, CLAIMED))).as("the allocation, all used")
                    .isEqualTo(100_000);
        }
    }

    @Test
    void paintsAWaveThatSpendsMoreThanItsBudgetLightRed() throws IOException {
        PlanOutcome plan = aPlanOf(6).sitesOverWaves(2).build();
        assertThat(plan.waves().get(0).spend()).isGreaterThan(Money.of(250_000));
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            XSSFCellStyle over = (XSSFCellStyle) workbook.cell("Waves", 1, SPEND).getCellStyle();
            assertThat(over.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(over.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFFC7CE");
            XSSFCellStyle within = (XSSFCellStyle) workbook.cell("Waves", 3, SPEND).getCellStyle();
            assertThat(within.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        }
    }

    private static void assertFormulaIs(OpenedPlan workbook, int row, int column, Money expected) {
        Cell cell = workbook.cell("Waves", row, column);
        assertThat(cell.getCellType()).as("Waves %s", cell.getAddress()).isEqualTo(CellType.FORMULA);
        assertThat(workbook.evaluated(cell)).as("Waves %s", cell.getAddress())
                .isCloseTo(expected.amount().doubleValue(), within(0.001));
    }

    private static double sum(List<WaveCashFlow> waves, java.util.function.Function<WaveCashFlow, Money> figure) {
        return waves.stream().map(figure).reduce(Money.ZERO, Money::plus).amount().doubleValue();
    }
}
