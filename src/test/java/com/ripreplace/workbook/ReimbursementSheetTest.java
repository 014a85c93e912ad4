package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Reimbursement sheet: claims by wave, the allocation consumed over time, and the 90-day status reports. */
class ReimbursementSheetTest {

    private static final String SHEET = "Reimbursement";
    private static final int HEADER = 1;

    @TempDir
    Path dir;

    @Test
    void headerNamesTheClaimColumns() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, HEADER)).containsExactly("Wave", "Claim Filed", "Eligible Spend",
                    "Amount Claimed", "Expected Payment", "Received This Wave", "Cumulative Claimed", "Allocation Left",
                    "Cumulative Received", "Claimed, Not Yet Received");
        }
    }

    @Test
    void eachWavesClaimIsFiledOnItsLastDayAndPaidAfterTheLag() throws IOException {
        PlanOutcome plan = aPlanOf(3).sitesOverWaves(2).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            for (int i = 0; i < plan.waves().size(); i++) {
                WaveCashFlow wave = plan.waves().get(i);
                int row = HEADER + 1 + i;
                assertThat(workbook.number(SHEET, row, 0)).isEqualTo(wave.wave() + 1);
                assertThat(workbook.number(SHEET, row, 3)).as("claimed").isCloseTo(dollars(wave.claimed()), within(0.001));
                assertThat(workbook.number(SHEET, row, 5)).as("received")
                        .isCloseTo(dollars(wave.received()), within(0.001));
                assertThat(workbook.number(SHEET, row, 2)).as("eligible")
                        .isCloseTo(dollars(wave.eligibleSpend()), within(0.001));
                if (wave.claimed().isZero()) {
                    assertThat(workbook.sheet(SHEET).getRow(row).getCell(1)).as("no claim, no filing date").isNull();
                } else {
                    assertIsDate(workbook.cell(SHEET, row, 1), wave.end());
                    assertIsDate(workbook.cell(SHEET, row, 4), wave.claimPaidOn());
                }
            }
            assertThat(workbook.texts(SHEET, HEADER + 1)).startsWith("1", "2027-01-31", "$160,988.00", "$80,494.00",
                    "2027-03-17", "$0.00");
            assertThat(workbook.cell(SHEET, HEADER + 1, 3).getCellFormula()).isEqualTo("Waves!K2");
        }
    }

    @Test
    void cumulativeClaimedIsTheAllocationUsedAndTheAllocationLeftFollowsIt() throws IOException {
        PlanOutcome plan = aPlanOf(6).sitesOverWaves(3).withAllocation(200_000).build();
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            for (int i = 0; i < plan.waves().size(); i++) {
                WaveCashFlow wave = plan.waves().get(i);
                int row = HEADER + 1 + i;
                assertFormula(workbook, row, 6, wave.allocationUsed());
                assertFormula(workbook, row, 7, wave.allocationLeft());
                assertFormula(workbook, row, 8, wave.cumulativeReceived());
                assertFormula(workbook, row, 9, wave.allocationUsed().minus(wave.cumulativeReceived()));
            }
            int totals = HEADER + 1 + plan.waves().size();
            assertThat(workbook.number(SHEET, totals, 3)).as("everything claimed: the allocation")
                    .isCloseTo(200_000, within(0.001));
            assertThat(workbook.number(SHEET, totals, 5)).isCloseTo(200_000, within(0.001));
        }
    }

    @Test
    void statusReportsFallEveryNinetyDaysUntilOneAfterTheLastFinishWithTheWorkDueByEach() throws IOException {
        PlanOutcome plan = aPlanOf(12).sitesOverWaves(8).build();
        LocalDate lastFinish = plan.schedule().stream().map(ScheduledSite::finish).max(LocalDate::compareTo).orElseThrow();
        assertThat(lastFinish).isBetween(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 9, 27));
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int header = workbook.row(SHEET, "Report");
            assertThat(workbook.texts(SHEET, header)).containsExactly("Report", "Due", "Sites Finished by Then",
                    "Share of Sites", "Spend by Then", "Finishing This Period", "Sites Finishing This Period");
            List<LocalDate> dues = List.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30),
                    LocalDate.of(2027, 9, 28));
            assertThat(workbook.sheet(SHEET).getLastRowNum()).as("three reports").isEqualTo(header + dues.size());
            int before = 0;
            for (int i = 0; i < dues.size(); i++) {
                int row = header + 1 + i;
                LocalDate due = dues.get(i);
                List<ScheduledSite> done = plan.schedule().stream().filter(s -> !s.finish().isAfter(due)).toList();
                assertThat(workbook.number(SHEET, row, 0)).isEqualTo(i + 1);
                assertIsDate(workbook.cell(SHEET, row, 1), due);
                assertThat(workbook.number(SHEET, row, 2)).as("sites finished by %s", due).isEqualTo(done.size());
                assertThat(workbook.number(SHEET, row, 3)).isCloseTo(done.size() / 12.0, within(1e-9));
                assertThat(workbook.number(SHEET, row, 4)).as("spend by %s", due).isCloseTo(done.stream()
                        .map(ScheduledSite::estimatedCost).reduce(Money.ZERO, Money::plus).amount().doubleValue(),
                        within(0.001));
                assertThat(workbook.number(SHEET, row, 5)).isEqualTo(done.size() - before);
                LocalDate previous = i == 0 ? LocalDate.MIN : dues.get(i - 1);
                List<String> finishing = done.stream().filter(s -> s.finish().isAfter(previous))
                        .sorted(Comparator.comparing(ScheduledSite::finish).thenComparing(ScheduledSite::siteId))
                        .map(ScheduledSite::siteId).toList();
                assertThat(workbook.cell(SHEET, row, 6).getStringCellValue())
                        .isEqualTo(finishing.isEmpty() ? "none" : String.join(", ", finishing));
                before = done.size();
            }
            assertThat(workbook.number(SHEET, header + 3, 2)).as("all done by the last report").isEqualTo(12);
        }
    }

    @Test
    void aLongListOfSitesIsCutWithACountOfTheRest() {
        List<String> ids = IntStream.rangeClosed(1, 250).mapToObj(n -> "S" + n).toList();
        String listed = ReimbursementSheet.listed(ids);
        assertThat(listed).startsWith("S1, S2, ").contains("S200 and 50 more (see the Schedule sheet)")
                .doesNotContain("S201");
        assertThat(ReimbursementSheet.listed(List.of())).isEqualTo("none");
    }

    @Test
    void aPlanWithNoSitesStillHasItsFirstStatusReportDue() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(0).build())) {
            int header = workbook.row(SHEET, "Report");
            assertThat(workbook.texts(SHEET, header + 1)).containsExactly("1", "2027-04-01", "0", "0.0%", "$0.00", "0",
                    "none");
        }
    }

    private static void assertFormula(OpenedPlan workbook, int row, int column, Money expected) {
        Cell cell = workbook.cell(SHEET, row, column);
        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isEqualTo(CellType.FORMULA);
        assertThat(workbook.evaluated(cell)).as(cell.getAddress().formatAsString())
                .isCloseTo(dollars(expected), within(0.001));
    }

    private static void assertIsDate(Cell cell, LocalDate date) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }
}
