package com.ripreplace.workbook;

import com.ripreplace.cost.CostLine;
import com.ripreplace.cost.Money;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Equipment sheet: every line of gear with its finding and its cost lines, adding up to the estimate. */
class EquipmentSheetTest {

    private static final String SHEET = "Equipment";
    private static final int TOTAL_COST = 22;
    private static final int ELIGIBLE = 23;
    private static final int NOT_ELIGIBLE = 24;

    @TempDir
    Path dir;

    @Test
    void headerNamesWhereEachLineWasReadItsFindingAndItsCostsWithTheHeaderFrozenAndFiltered() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, 0)).containsExactly("File", "Sheet", "Row", "Site ID", "Vendor", "Model",
                    "Serial", "Category", "Cost Category", "Quantity", "Purchase Date", "Covered", "Entity",
                    "Confidence", "Needs Review", "Reason", "Reimbursable", "Overridden", "Equipment", "Installation",
                    "Removal", "Disposal", "Total Cost", "Eligible Cost", "Not Eligible", "Replace");
            Sheet sheet = workbook.sheet(SHEET);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.workbook.getSheet(SHEET).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Z10");
        }
    }

    @Test
    void showsACoveredLineWithItsFindingAndCostLinesAsAPersonReadsThem() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, 1)).containsExactly("towers.xlsx", "Equipment", "2", "WY-00001", "Huawei",
                    "RRU3908", "21023176", "Radio Unit", "Radio Unit", "2", "2019-06-30", "Yes", "HUAWEI", "98.0%", "No",
                    "Vendor Huawei is on the Covered List", "Yes", "No", "$36,000.00", "$7,000.00", "$2,400.00",
                    "$500.00", "$45,900.00", "$45,900.00", "$0.00", "Yes");
            Cell confidence = workbook.cell(SHEET, 1, 13);
            assertThat(confidence.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(confidence.getNumericCellValue()).isEqualTo(0.98);
            assertThat(workbook.cell(SHEET, 1, TOTAL_COST).getCellFormula()).isEqualTo("SUM(S2:V2)");
        }
    }

    @Test
    void marksOverriddenFindingsAndShadesLinesThatNeedReview() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, 5)).as("the second site's microwave").contains("ZXMW NR8250",
                    "Engineer override: covered").element(17).isEqualTo("Yes");
            assertThat(workbook.texts(SHEET, 3)).as("the first site's router: not covered, no costs")
                    .hasSize(26).element(11).isEqualTo("No");
            assertThat(workbook.texts(SHEET, 3)).element(25).isEqualTo("No");
            XSSFCellStyle review = (XSSFCellStyle) workbook.cell(SHEET, 9, 0).getCellStyle();
            assertThat(workbook.cell(SHEET, 9, 14).getStringCellValue()).isEqualTo("Yes");
            assertThat(review.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(review.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFFEB9C");
            assertThat(((XSSFCellStyle) workbook.cell(SHEET, 1, 0).getCellStyle()).getFillPattern())
                    .isEqualTo(FillPatternType.NO_FILL);
        }
    }

    @Test
    void theCostColumnsAddUpToTheEstimatesTotalAndEligibleCost() throws IOException {
        PlanOutcome plan = aPlanOf(7).sitesOverWaves(3).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int totals = plan.items().size() + 1;
            assertThat(workbook.cell(SHEET, totals, 0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.number(SHEET, totals, TOTAL_COST)).as("the lines of gear")
                    .isCloseTo(sum(plan, false), within(0.001));
            assertThat(workbook.number(SHEET, totals, 9)).as("quantity").isEqualTo(7 * 4);
            int mobilisation = workbook.row(SHEET, "Mobilisation");
            assertThat(workbook.number(SHEET, mobilisation, TOTAL_COST)).isCloseTo(7 * 4_500, within(0.001));
            assertThat(workbook.number(SHEET, mobilisation, ELIGIBLE)).isCloseTo(7 * 300.20, within(0.001));

            int estimate = workbook.row(SHEET, "Estimate Total (lines of gear and per-site costs)");
            assertThat(workbook.cell(SHEET, estimate, TOTAL_COST).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(workbook.number(SHEET, estimate, TOTAL_COST))
                    .isCloseTo(plan.estimate().total().amount().doubleValue(), within(0.001));
            assertThat(workbook.number(SHEET, estimate, ELIGIBLE))
                    .isCloseTo(plan.estimate().eligible().amount().doubleValue(), within(0.001));
            assertThat(workbook.number(SHEET, estimate, NOT_ELIGIBLE))
                    .isCloseTo(plan.estimate().total().minus(plan.estimate().eligible()).amount().doubleValue(),
                            within(0.001));
            assertThat(sum(plan, false) + sum(plan, true)).isCloseTo(plan.estimate().total().amount().doubleValue(),
                    within(0.001));
        }
    }

    @Test
    void aPlanWithNoGearStillAddsUpToZero() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(0).build())) {
            assertThat(workbook.cell(SHEET, 1, 0).getStringCellValue()).isEqualTo("Total");
            int estimate = workbook.row(SHEET, "Estimate Total (lines of gear and per-site costs)");
            assertThat(workbook.number(SHEET, estimate, TOTAL_COST)).isZero();
        }
    }

    private static double sum(PlanOutcome plan, boolean perSite) {
        return plan.estimate().sites().stream().flatMap(site -> site.lines().stream())
                .filter(line -> line.kind().perSite() == perSite).map(CostLine::amount)
                .reduce(Money.ZERO, Money::plus).amount().doubleValue();
    }
}
