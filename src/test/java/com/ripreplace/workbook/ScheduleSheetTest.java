package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Schedule sheet as a crew lead and a finance team read it. */
class ScheduleSheetTest {

    @TempDir
    Path dir;

    @Test
    void headerNamesTheContractColumnsFirstAndInOrder() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts("Schedule", 0)).containsExactly("Site ID", "Site Name", "Wave", "Crew", "Start",
                    "Finish", "Covered Items", "Estimated Cost", "Reimbursable Cost", "Critical", "Depends On", "Deadline",
                    "Slack Days", "Travel Order", "Subscribers", "Access Months", "Carrier-paid");
            Sheet schedule = workbook.sheet("Schedule");
            assertThat(schedule.getPaneInformation().isFreezePane()).isTrue();
            assertThat(schedule.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.workbook.getSheet("Schedule").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Q4");
            assertThat(schedule.getColumnWidth(1)).isEqualTo(30 * 256);
        }
    }

    @Test
    void listsSitesByWaveCrewAndTravelOrderWithWavesAndCrewsCountedFromOne() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(6).sitesOverWaves(2).build())) {
            List<String> ids = IntStream.rangeClosed(1, 6)
                    .mapToObj(row -> workbook.cell("Schedule", row, 0).getStringCellValue()).toList();
            List<Double> waves = IntStream.rangeClosed(1, 6)
                    .mapToObj(row -> workbook.cell("Schedule", row, 2).getNumericCellValue()).toList();
            List<Double> crews = IntStream.rangeClosed(1, 6)
                    .mapToObj(row -> workbook.cell("Schedule", row, 3).getNumericCellValue()).toList();
            List<Double> travel = IntStream.rangeClosed(1, 6)
                    .mapToObj(row -> workbook.cell("Schedule", row, 13).getNumericCellValue()).toList();

            assertThat(ids).containsExactly("WY-00001", "WY-00003", "WY-00002", "WY-00004", "WY-00006", "WY-00005");
            assertThat(waves).containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 2.0);
            assertThat(crews).containsExactly(1.0, 1.0, 2.0, 1.0, 1.0, 2.0);
            assertThat(travel).containsExactly(1.0, 2.0, 1.0, 1.0, 2.0, 1.0);
        }
    }

    @Test
    void showsEachSitesFiguresAsAPersonReadsThem() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts("Schedule", 1)).containsExactly("WY-00001", "Elk Ridge", "1", "1", "2027-01-01",
                    "2027-01-05", "2", "$100,000.25", "$40,000.10", "Yes", "", "2027-12-31", "360", "1", "500", "May-Oct",
                    "$60,000.15");
            assertThat(workbook.texts("Schedule", 2)).containsExactly("WY-00002", "Tower 2", "1", "2", "2027-01-01",
                    "2027-01-05", "3", "$101,234.75", "$40,493.90", "No", "WY-00001, CORE-1", "2027-12-31", "360", "1",
                    "", "All year", "$60,740.85");
        }
    }

    @Test
    void writesStartFinishAndDeadlineAsRealExcelDates() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            ScheduledSite third = plan.schedule().stream().filter(s -> s.siteId().equals("WY-00003")).findFirst().orElseThrow();
            for (int column : new int[] {4, 5, 11}) {
                Cell cell = workbook.cell("Schedule", 3, column);
                assertThat(cell.getCellType()).as("column %d", column).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).as("column %d", column).isTrue();
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            }
            assertThat(workbook.cell("Schedule", 3, 4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(third.start());
            assertThat(workbook.cell("Schedule", 3, 5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 2, 5));
            assertThat(workbook.cell("Schedule", 3, 11).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 12, 31));
        }
    }

    @Test
    void writesCostsAsNumbersWithACurrencyFormat() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            for (int row = 1; row <= 3; row++) {
                for (int column : new int[] {7, 8}) {
                    Cell cell = workbook.cell("Schedule", row, column);
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("$#,##0.00");
                }
            }
            assertThat(workbook.cell("Schedule", 3, 7).getNumericCellValue()).isEqualTo(102_469.25);
        }
    }

    @Test
    void totalsRowAddsUpItemsCostsAndReimbursableWithLiveSums() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int totals = 4;
            assertThat(workbook.cell("Schedule", totals, 0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.cell("Schedule", totals, 6).getCellFormula()).isEqualTo("SUM(G2:G4)");
            assertThat(workbook.cell("Schedule", totals, 7).getCellFormula()).isEqualTo("SUM(H2:H4)");
            assertThat(workbook.cell("Schedule", totals, 8).getCellFormula()).isEqualTo("SUM(I2:I4)");

            assertThat(workbook.evaluated(workbook.cell("Schedule", totals, 6)))
                    .isEqualTo(plan.schedule().stream().mapToInt(ScheduledSite::coveredItems).sum());
            assertThat(workbook.evaluated(workbook.cell("Schedule", totals, 7)))
                    .isCloseTo(sum(plan, ScheduledSite::estimatedCost), within(0.001));
            assertThat(workbook.evaluated(workbook.cell("Schedule", totals, 8)))
                    .isCloseTo(sum(plan, ScheduledSite::reimbursableCost), within(0.001));
            assertThat(sum(plan, ScheduledSite::estimatedCost)).isEqualTo(plan.estimate().total().amount().doubleValue());
            assertThat(workbook.cell("Schedule", totals, 7).getCellStyle().getDataFormatString()).isEqualTo("$#,##0.00");
        }
    }

    @Test
    void paintsALateSitesRowLightRedAndLeavesOnTimeRowsPlain() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).thatRunsPastTheDeadline().build())) {
            int lateRow = 3;
            assertThat(workbook.cell("Schedule", lateRow, 0).getStringCellValue()).isEqualTo("WY-00003");
            assertThat(workbook.cell("Schedule", lateRow, 12).getNumericCellValue()).as("slack days").isEqualTo(-16);

            for (int column = 0; column < 16; column++) {
                XSSFCellStyle late = (XSSFCellStyle) workbook.cell("Schedule", lateRow, column).getCellStyle();
                assertThat(late.getFillPattern()).as("column %d", column).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(late.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFFC7CE");
            }
            XSSFCellStyle onTime = (XSSFCellStyle) workbook.cell("Schedule", 1, 1).getCellStyle();
            assertThat(onTime.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(workbook.cell("Schedule", lateRow, 7).getCellStyle().getDataFormatString())
                    .as("a late row keeps its currency format").isEqualTo("$#,##0.00");
        }
    }

    @Test
    void writesAnEmptyScheduleWithAZeroTotalRatherThanASumOverNothing() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(0).build())) {
            assertThat(workbook.cell("Schedule", 1, 0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.cell("Schedule", 1, 7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(workbook.cell("Schedule", 1, 7).getNumericCellValue()).isZero();
        }
    }

    private static double sum(PlanOutcome plan, java.util.function.Function<ScheduledSite, Money> figure) {
        return plan.schedule().stream().map(figure).reduce(Money.ZERO, Money::plus).amount().doubleValue();
    }
}
