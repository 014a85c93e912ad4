package com.ripreplace.workbook;

import com.ripreplace.cost.CostLine;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Cost Plan sheet: spend by wave and category, who pays, live totals, and the cash chart. */
class CostPlanSheetTest {

    private static final String SHEET = "Cost Plan";
    private static final int HEADER = 1;

    @TempDir
    Path dir;

    @Test
    void headerNamesTheCategoriesPresentThenTheSiteCostsThenWhoPays() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, HEADER)).containsExactly("Wave", "Start", "Sites", "Microwave",
                    "Radio Unit", "Mobilisation", "Tower Climb", "Engineering", "Contingency", "Total Spend",
                    "Reimbursable", "Carrier-paid");
            assertThat(workbook.texts(SHEET, 0)).containsExactly("", "", "",
                    "Gear by category: equipment, installation, removal, disposal", "", "Site costs", "", "", "",
                    "Who pays", "", "");
            assertThat(workbook.sheet(SHEET).getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void eachWavesRowTotalIsAFormulaEqualToItsSpendAndSplitsIntoReimbursableAndCarrierPaid() throws IOException {
        PlanOutcome plan = aPlanOf(6).sitesOverWaves(3).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int total = workbook.column(SHEET, HEADER, "Total Spend");
            int reimbursable = workbook.column(SHEET, HEADER, "Reimbursable");
            int carrierPaid = workbook.column(SHEET, HEADER, "Carrier-paid");
            Map<Integer, Money> reimbursableByWave = reimbursableByWave(plan);
            assertThat(workbook.cell(SHEET, HEADER + 1, reimbursable).getCellFormula())
                    .as("the Waves sheet's Claimed: what the programme pays for the wave's sites").isEqualTo("Waves!K2");
            for (int i = 0; i < plan.waves().size(); i++) {
                WaveCashFlow wave = plan.waves().get(i);
                int row = HEADER + 1 + i;
                Cell totalCell = workbook.cell(SHEET, row, total);
                assertThat(totalCell.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(totalCell.getCellFormula()).isEqualTo("SUM(D" + (row + 1) + ":I" + (row + 1) + ")");
                assertThat(workbook.evaluated(totalCell)).as("wave %d spend", wave.wave() + 1)
                        .isCloseTo(dollars(wave.spend()), within(0.001));
                Money expected = reimbursableByWave.getOrDefault(wave.wave(), Money.ZERO);
                assertThat(workbook.number(SHEET, row, reimbursable)).isCloseTo(dollars(expected), within(0.001));
                assertThat(workbook.number(SHEET, row, carrierPaid))
                        .isCloseTo(dollars(wave.spend().minus(expected)), within(0.001));
            }
        }
    }

    @Test
    void theTotalsRowAddsUpToTheEstimateCategoryByCategory() throws IOException {
        PlanOutcome plan = aPlanOf(6).sitesOverWaves(3).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int totals = HEADER + 1 + plan.waves().size();
            assertThat(workbook.cell(SHEET, totals, 0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.number(SHEET, totals, workbook.column(SHEET, HEADER, "Total Spend")))
                    .isCloseTo(dollars(plan.estimate().total()), within(0.001));
            assertThat(workbook.number(SHEET, totals, workbook.column(SHEET, HEADER, "Reimbursable")))
                    .as("after the allocation cap").isCloseTo(dollars(plan.estimate().reimbursable()), within(0.001));
            assertThat(workbook.number(SHEET, totals, workbook.column(SHEET, HEADER, "Carrier-paid")))
                    .isCloseTo(dollars(plan.estimate().carrierPaid()), within(0.001));
            assertThat(workbook.number(SHEET, totals, workbook.column(SHEET, HEADER, "Sites"))).isEqualTo(6);
            assertThat(workbook.number(SHEET, totals, workbook.column(SHEET, HEADER, "Radio Unit")))
                    .isCloseTo(sum(plan, line -> "Radio Unit".equals(line.category())), within(0.001));
            assertThat(workbook.number(SHEET, totals, workbook.column(SHEET, HEADER, "Engineering")))
                    .isCloseTo(sum(plan, line -> line.kind() == com.ripreplace.cost.CostKind.ENGINEERING),
                            within(0.001));
            assertThat(workbook.cell(SHEET, totals, workbook.column(SHEET, HEADER, "Microwave")).getCellFormula())
                    .isEqualTo("SUM(D3:D" + totals + ")");
        }
    }

    @Test
    void aChartDrawsSpendAndReimbursementAsColumnsAndTheCashBalanceAsALineFromTheWavesSheet() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            XSSFSheet sheet = workbook.workbook.getSheet(SHEET);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString())
                    .isEqualTo("Spend, reimbursement received and cash balance by wave");
            List<XDDFChartData> data = chart.getChartSeries();
            assertThat(data).hasSize(2);
            XDDFChartData bars = data.get(0);
            XDDFChartData line = data.get(1);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(line).isInstanceOf(XDDFLineChartData.class);
            int last = plan.waves().size() + 1;
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Waves!$E$2:$E$" + last);
            assertThat(bars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Waves!$H$2:$H$" + last);
            assertThat(line.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Waves!$I$2:$I$" + last);
            assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Waves!$A$2:$A$" + last);
            assertThat(line.getSeries(0).getValuesData().getPointAt(0))
                    .isEqualTo(dollars(plan.waves().get(0).cashBalance()));
        }
    }

    /** What the programme pays for each wave's sites, after the allocation cap. */
    private static Map<Integer, Money> reimbursableByWave(PlanOutcome plan) {
        return plan.schedule().stream().collect(Collectors.toMap(ScheduledSite::wave, ScheduledSite::reimbursableCost,
                Money::plus));
    }

    private static double sum(PlanOutcome plan, Predicate<CostLine> which) {
        return plan.estimate().sites().stream().flatMap(site -> site.lines().stream()).filter(which)
                .map(CostLine::amount).reduce(Money.ZERO, Money::plus).amount().doubleValue();
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }
}
