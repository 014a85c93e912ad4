package com.ripreplace.workbook;

import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void writesSummaryScheduleAndWavesAndAsksExcelToRecalculateOnOpen() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(aPlanOf(3).sitesOverWaves(2).build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            List<String> names = new ArrayList<>();
            workbook.workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Schedule", "Waves");
            assertThat(workbook.workbook.getForceFormulaRecalculation()).isTrue();
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
    void writesAPlanOfTenThousandSites() throws IOException {
        PlanOutcome plan = aPlanOf(10_000).sitesOverWaves(20).build();
        Path out = dir.resolve("large.xlsx");

        long started = System.nanoTime();
        new PlanWorkbookWriter().write(plan, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Wrote a 10,000-site plan in %d ms (%,d bytes)%n", millis, Files.size(out));

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            Sheet schedule = workbook.sheet("Schedule");
            assertThat(schedule.getLastRowNum()).as("header, 10,000 sites, totals").isEqualTo(10_001);
            assertThat(workbook.cell("Schedule", 10_001, 7).getCellFormula()).isEqualTo("SUM(H2:H10001)");
            assertThat(workbook.evaluated(workbook.cell("Schedule", 10_001, 7)))
                    .isCloseTo(plan.estimate().total().amount().doubleValue(), within(0.01));
            assertThat(workbook.evaluated(workbook.summaryValue("Total Cost")))
                    .isCloseTo(plan.estimate().total().amount().doubleValue(), within(0.01));
            WaveCashFlow last = plan.waves().get(plan.waves().size() - 1);
            assertThat(workbook.evaluated(workbook.cell("Waves", plan.waves().size(), 8)))
                    .isCloseTo(last.cashBalance().amount().doubleValue(), within(0.01));
            assertThat(last.cumulativeSpend()).isEqualTo(plan.estimate().total());
        }
    }
}
