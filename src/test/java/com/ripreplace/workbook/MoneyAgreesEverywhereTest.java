package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 6 of issue 13, "money told the same way everywhere": a finance reader who adds up total cost, reimbursable
 * and carrier-paid on any sheet gets the same figure to the cent, even when the allocation cap cuts a claim in the
 * middle of the waves.
 */
class MoneyAgreesEverywhereTest {

    @TempDir
    Path dir;

    /** Six sites over three waves, $100,000 allocation: the first wave claims $80,494.00, the second the rest. */
    private final PlanOutcome plan = aPlanOf(6).sitesOverWaves(3).withAllocation(100_000).build();

    @Test
    void theFixturesCapBindsInTheMiddleOfTheWaves() {
        List<WaveCashFlow> waves = plan.waves();
        assertThat(waves.get(0).claimed()).isEqualTo(Money.of("80494.00"));
        assertThat(waves.get(1).claimed()).as("cut by the cap").isEqualTo(Money.of("19506.00"));
        assertThat(waves.get(2).claimed()).as("nothing left").isEqualTo(Money.ZERO);
        ScheduledSite cut = site("WY-00003");
        assertThat(cut.wave()).isEqualTo(1);
        assertThat(cut.reimbursableCost()).as("what the programme pays for it, after the cap")
                .isEqualTo(Money.of("19506.00"));
        assertThat(plan.estimate().site("WY-00003").orElseThrow().reimbursable()).as("before the cap")
                .isEqualTo(Money.of("40987.70"));
        assertThat(site("WY-00004").reimbursableCost()).isEqualTo(Money.ZERO);
    }

    @Test
    void summaryScheduleWavesCostPlanAndReimbursementAgreeCentForCentOnTotalCostReimbursableAndCarrierPaid()
            throws IOException {
        long totalCost = cents(plan.estimate().total());
        long reimbursable = cents(Money.of(100_000));
        long carrierPaid = totalCost - reimbursable;
        assertThat(plan.estimate().reimbursable()).isEqualTo(Money.of(100_000));
        assertThat(cents(plan.estimate().carrierPaid())).isEqualTo(carrierPaid);
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int scheduleTotals = plan.schedule().size() + 1;
            int wavesTotals = plan.waves().size() + 1;
            int costPlanTotals = 2 + plan.waves().size();
            int claimsTotals = 2 + plan.waves().size();

            // total cost
            assertThat(List.of(
                    cents(workbook.evaluated(workbook.summaryValue("Total Cost"))),
                    cents(workbook.number("Schedule", scheduleTotals, workbook.column("Schedule", 0, "Estimated Cost"))),
                    cents(workbook.number("Waves", wavesTotals, workbook.column("Waves", 0, "Spend"))),
                    cents(workbook.number("Cost Plan", costPlanTotals, workbook.column("Cost Plan", 1, "Total Spend"))),
                    cents(lastStatusReportsSpend(workbook))))
                    .as("total cost: Summary, Schedule, Waves, Cost Plan, Reimbursement's last status report")
                    .containsOnly(totalCost);

            // reimbursable
            int claimedColumn = workbook.column("Reimbursement", 1, "Amount Claimed");
            assertThat(List.of(
                    cents(workbook.evaluated(workbook.summaryValue("Reimbursable"))),
                    cents(workbook.evaluated(workbook.summaryValue("Allocation Used"))),
                    cents(workbook.number("Schedule", scheduleTotals, workbook.column("Schedule", 0, "Reimbursable Cost"))),
                    cents(workbook.number("Waves", wavesTotals, workbook.column("Waves", 0, "Claimed"))),
                    cents(workbook.number("Cost Plan", costPlanTotals, workbook.column("Cost Plan", 1, "Reimbursable"))),
                    cents(workbook.number("Reimbursement", claimsTotals, claimedColumn)),
                    cents(workbook.number("Reimbursement", claimsTotals - 1,
                            workbook.column("Reimbursement", 1, "Cumulative Claimed"))),
                    cents(workbook.number("Reimbursement", claimsTotals,
                            workbook.column("Reimbursement", 1, "Received This Wave")))))
                    .as("reimbursable: Summary (and allocation used), Schedule, Waves, Cost Plan, Reimbursement "
                            + "(claimed, cumulative claimed, received)")
                    .containsOnly(reimbursable);

            // carrier-paid
            assertThat(List.of(
                    cents(workbook.evaluated(workbook.summaryValue("Carrier-paid"))),
                    cents(workbook.number("Schedule", scheduleTotals, workbook.column("Schedule", 0, "Carrier-paid"))),
                    cents(workbook.number("Waves", wavesTotals, workbook.column("Waves", 0, "Carrier-paid"))),
                    cents(workbook.number("Cost Plan", costPlanTotals, workbook.column("Cost Plan", 1, "Carrier-paid")))))
                    .as("carrier-paid: Summary, Schedule, Waves, Cost Plan").containsOnly(carrierPaid);

            assertThat(cents(workbook.evaluated(workbook.summaryValue("Taken Off by the Allocation Cap"))))
                    .isEqualTo(cents(plan.estimate().reimbursableBeforeCap()) - reimbursable);
        }
    }

    @Test
    void everyWaveSplitsTheSameWayOnTheWavesCostPlanAndReimbursementSheets() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            for (int i = 0; i < plan.waves().size(); i++) {
                WaveCashFlow wave = plan.waves().get(i);
                long claimed = cents(workbook.number("Waves", 1 + i, workbook.column("Waves", 0, "Claimed")));
                assertThat(claimed).as("wave %d", i + 1).isEqualTo(cents(wave.claimed()));
                assertThat(cents(workbook.number("Cost Plan", 2 + i, workbook.column("Cost Plan", 1, "Reimbursable"))))
                        .as("wave %d", i + 1).isEqualTo(claimed);
                assertThat(cents(workbook.number("Reimbursement", 2 + i,
                        workbook.column("Reimbursement", 1, "Amount Claimed")))).as("wave %d", i + 1).isEqualTo(claimed);
                long spend = cents(workbook.number("Waves", 1 + i, workbook.column("Waves", 0, "Spend")));
                assertThat(spend).as("wave %d", i + 1).isEqualTo(cents(wave.spend()));
                assertThat(cents(workbook.number("Cost Plan", 2 + i, workbook.column("Cost Plan", 1, "Total Spend"))))
                        .as("wave %d", i + 1).isEqualTo(spend);
                assertThat(cents(workbook.number("Cost Plan", 2 + i, workbook.column("Cost Plan", 1, "Carrier-paid"))))
                        .as("wave %d", i + 1)
                        .isEqualTo(cents(workbook.number("Waves", 1 + i, workbook.column("Waves", 0, "Carrier-paid"))));
            }
        }
    }

    @Test
    void editingASitesReimbursableCostOnTheScheduleMovesEverySheetsTotal() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, plan)) {
            int row = 1 + plan.schedule().stream().sorted(ScheduleSheet.WORK_ORDER).map(ScheduledSite::siteId).toList()
                    .indexOf("WY-00004");
            workbook.cell("Schedule", row, workbook.column("Schedule", 0, "Reimbursable Cost")).setCellValue(1_000);
            workbook.evaluator.clearAllCachedResultValues();

            long reimbursable = cents(Money.of(101_000));
            assertThat(cents(workbook.evaluated(workbook.summaryValue("Reimbursable")))).isEqualTo(reimbursable);
            int costPlanTotals = 2 + plan.waves().size();
            assertThat(cents(workbook.number("Cost Plan", costPlanTotals,
                    workbook.column("Cost Plan", 1, "Reimbursable")))).isEqualTo(reimbursable);
            assertThat(cents(workbook.number("Reimbursement", costPlanTotals,
                    workbook.column("Reimbursement", 1, "Amount Claimed")))).isEqualTo(reimbursable);
        }
    }

    private double lastStatusReportsSpend(OpenedPlan workbook) {
        int header = ReimbursementSheet.reportsHeaderRow(plan);
        int last = header + ReimbursementSheet.statusReports(plan).size();
        return workbook.number("Reimbursement", last, workbook.column("Reimbursement", header, "Spend by Then"));
    }

    private ScheduledSite site(String id) {
        return plan.schedule().stream().filter(site -> site.siteId().equals(id)).findFirst().orElseThrow();
    }

    private static long cents(Money money) {
        return money.cents();
    }

    private static long cents(double dollars) {
        return Math.round(dollars * 100);
    }
}
