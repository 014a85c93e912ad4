package com.ripreplace.workbook;

import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The workbook as a whole: its sheets, recalculation on open, atomic writing and a large plan. */
class PlanWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesEverySheetOfThePlanWorkbookAndAsksExcelToRecalculateOnOpen() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(aPlanOf(3).sitesOverWaves(2).build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            List<String> names = new ArrayList<>();
            workbook.workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Schedule", "Waves", "Cost Plan", "Reimbursement", "Equipment",
                    "Gantt", "Import Notes");
            assertThat(workbook.workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void everyFormulaOnEverySheetEvaluatesToANumberWithoutAnError() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(aPlanOf(9).sitesOverWaves(4).thatRunsPastTheDeadline().build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            List<String> formulas = workbook.formulaCells();
            assertThat(formulas).hasSizeGreaterThan(100);
            for (String address : formulas) {
                String[] parts = address.split("!");
                org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(parts[1]);
                CellValue value = workbook.evaluator.evaluate(workbook.cell(parts[0], at.getRow(), at.getCol()));
                assertThat(value.getCellType()).as(address + " = " + value.formatAsString()).isEqualTo(CellType.NUMERIC);
            }
        }
    }

    @Test
    void everyFormulaCarriesTheValueItComputesSoAReaderThatDoesNotRecalculateShowsTheFigures() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(aPlanOf(9).sitesOverWaves(4).thatRunsPastTheDeadline().build(), out);

        Map<String, Double> cached = OpenedPlan.cachedFormulaValues(out);
        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertThat(cached.keySet()).containsExactlyInAnyOrderElementsOf(workbook.formulaCells());
            cached.forEach((address, value) -> {
                String[] parts = address.split("!");
                org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(parts[1]);
                double computed = workbook.evaluated(workbook.cell(parts[0], at.getRow(), at.getCol()));
                assertThat(value).as(address).isCloseTo(computed, within(0.005));
            });
        }
    }

    @Test
    void replacesAnEarlierPlanAndLeavesNoTemporaryFileBehind() throws IOException {
        Path out = dir.resolve("plans").resolve("plan.xlsx");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an earlier plan");

        new PlanWorkbookWriter().write(aPlanOf(3).sitesOverWaves(2).build(), out);

        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertThat(workbook.cell("Schedule", 1, 0).getStringCellValue()).isEqualTo("WY-00001");
        }
    }

    @Test
    void aWriteThatFailsLeavesTheEarlierPlanUntouched() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        Files.writeString(out, "an earlier plan");
        PlanOutcome good = aPlanOf(3).sitesOverWaves(2).build();
        WaveCashFlow first = good.waves().get(0);
        WaveCashFlow broken = new WaveCashFlow(first.wave(), first.start(), first.end(), first.sites(), null,
                first.eligibleSpend(), first.claimed(), first.claimPaidOn(), first.received(), first.ownFunding(),
                first.cumulativeSpend(), first.cumulativeReceived(), first.allocationUsed(), first.allocationLeft(),
                first.carrierShare(), first.cashBalance());
        PlanOutcome bad = new PlanOutcome(good.terms(), good.estimate(), good.schedule(), List.of(broken), good.score(),
                good.feasible(), good.onTime(), good.extension(), good.brokenRules(), good.inputs(), good.plannedAt(),
                good.solverSettings(), good.items(), good.importNotes());

        assertThatThrownBy(() -> new PlanWorkbookWriter().write(bad, out)).isInstanceOf(NullPointerException.class);

        assertThat(Files.readString(out)).isEqualTo("an earlier plan");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void writesAPlanOfTenThousandSitesWhoseCachedTotalsMatchThePlan() throws IOException {
        PlanOutcome plan = aPlanOf(10_000).sitesOverWaves(20).build();
        Path out = dir.resolve("large.xlsx");

        long started = System.nanoTime();
        new PlanWorkbookWriter().write(plan, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Wrote a 10,000-site plan in %d ms (%,d bytes)%n", millis, Files.size(out));

        // Read back streaming (an in-memory POI workbook of 60,000 rows would not fit the tests' heap): the
        // formulas as written and the values they carry; the smaller tests evaluate the same formulas with POI.
        double total = plan.estimate().total().amount().doubleValue();
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.toFile())) {
            List<Row> schedule = rows(workbook, "Schedule");
            assertThat(schedule).as("header, 10,000 sites, totals").hasSize(10_002);
            org.dhatim.fastexcel.reader.Cell scheduleTotal = schedule.get(10_001).getCell(7);
            assertThat(scheduleTotal.getFormula()).isEqualTo("SUM(H2:H10001)");
            assertThat(cached(scheduleTotal)).isCloseTo(total, within(0.01));

            List<Row> costPlan = rows(workbook, "Cost Plan");
            Row costPlanTotals = costPlan.get(2 + plan.waves().size());
            assertThat(costPlanTotals.getCell(0).asString()).isEqualTo("Total");
            assertThat(cached(costPlanTotals.getCell(9))).as("Total Spend").isCloseTo(total, within(0.01));

            Row estimate = rows(workbook, "Equipment").stream().filter(row -> row.getOptionalCell(0)
                    .map(cell -> "Estimate Total (lines of gear and per-site costs)".equals(cell.getText())).orElse(false))
                    .findFirst().orElseThrow();
            assertThat(cached(estimate.getCell(22))).isCloseTo(total, within(0.01));

            WaveCashFlow last = plan.waves().get(plan.waves().size() - 1);
            assertThat(cached(rows(workbook, "Waves").get(plan.waves().size()).getCell(8)))
                    .isCloseTo(last.cashBalance().amount().doubleValue(), within(0.01));
            List<Row> gantt = rows(workbook, "Gantt");
            assertThat(gantt.get(gantt.size() - 1).getRowNum()).as("1-based: legend, header, 10,000 sites")
                    .isEqualTo(GanttSheet.HEADER_ROW + 1 + 10_000);
            assertThat(last.cumulativeSpend()).isEqualTo(plan.estimate().total());
        }
    }

    @Test
    void aThousandSitePlanAddsUpOnEverySheetWhenPoiEvaluatesEveryFormula() throws IOException {
        PlanOutcome plan = aPlanOf(1_000).sitesOverWaves(12).build();
        Path out = dir.resolve("thousand.xlsx");
        new PlanWorkbookWriter().write(plan, out);

        double total = plan.estimate().total().amount().doubleValue();
        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertThat(workbook.evaluated(workbook.cell("Schedule", 1_001, 7))).isCloseTo(total, within(0.01));
            assertThat(workbook.evaluated(workbook.summaryValue("Total Cost"))).isCloseTo(total, within(0.01));
            assertThat(workbook.number("Cost Plan", 2 + plan.waves().size(),
                    workbook.column("Cost Plan", 1, "Total Spend"))).isCloseTo(total, within(0.01));
            assertThat(workbook.number("Equipment", workbook.row("Equipment",
                    "Estimate Total (lines of gear and per-site costs)"), 22)).isCloseTo(total, within(0.01));
            WaveCashFlow last = plan.waves().get(plan.waves().size() - 1);
            assertThat(workbook.number("Reimbursement", 1 + plan.waves().size(), 6))
                    .isCloseTo(last.allocationUsed().amount().doubleValue(), within(0.01));
            assertThat(workbook.evaluated(workbook.cell("Waves", plan.waves().size(), 8)))
                    .isCloseTo(last.cashBalance().amount().doubleValue(), within(0.01));
        }
    }

    /** The value a formula cell carries, as the file stores it. */
    private static double cached(org.dhatim.fastexcel.reader.Cell cell) {
        assertThat(cell.getFormula()).as(cell.getAddress() + " is a formula").isNotNull();
        return Double.parseDouble(cell.getRawValue());
    }

    private static List<Row> rows(ReadableWorkbook workbook, String sheet) throws IOException {
        try (Stream<Row> rows = workbook.findSheet(sheet).orElseThrow().openStream()) {
            return rows.toList();
        }
    }
}
