package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.inventory.ProgramSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The proven bound on the last finish, on carriers whose least last wave can be worked out by hand. */
class LastFinishBoundTest {

    @TempDir
    Path dir;

    private static ReplacementPlan problem(CheckResult network, int crews, int perCrew, String budget) {
        ProgramTerms terms = ProgramTerms.resolve(ProgramSettings.NONE, new ProgramTerms.Overrides(BigDecimal.ONE, null,
                30, null, budget == null ? null : new BigDecimal(budget), "month", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), 0, crews, perCrew), LocalDate.of(2026, 12, 6));
        CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(network.inventory().sites(), network.items());
        return PlanProblem.of(network.inventory().sites(), estimate, terms, PlanningWeights.DEFAULTS);
    }

    @Test
    void sixtyTowersAtTwoAMonthCannotFinishBeforeTheirThirtiethMonth() {
        ReplacementPlan plan = problem(Carriers.aRuralCarrierWithTowers(dir, 60), 1, 2, null);

        assertThat(new LastFinishBound(plan).earliestLastWave()).hasValue(29);
    }

    @Test
    void summerOnlyTowersBehindAHubWaitForTheSummer() {
        StringBuilder csv = new StringBuilder("Site ID,Site Type,Depends On,Access Months,Vendor,Model,Serial,Category,"
                + "Quantity,Purchase Date\nHUB,Hub,,,Huawei,RTN 950,S-HUB,Microwave,1,2019-01-01\n");
        for (int i = 1; i <= 12; i++) {
            csv.append(String.format("T%02d,Tower,HUB,May-Oct,Huawei,RRU3908,S-%02d,Radio Unit,1,2019-01-01%n", i, i));
        }
        // Four towers a month from May (wave 4): May, June, July.
        ReplacementPlan plan = problem(Carriers.check(dir, "seasonal.csv", csv.toString()), 2, 2, null);

        assertThat(new LastFinishBound(plan).earliestLastWave()).hasValue(6);
        ReplacementPlan solved = PlanSolver.stoppingAfterScoreCalculations(5_000, 1).solve(plan, "test", p -> { });
        assertThat(solved.getJobs().stream().mapToInt(SiteJob::getWave).max()).hasValue(6);
    }

    @Test
    void aBudgetPerWaveStretchesTheBoundByTheWavesItsSpendNeeds() {
        // Ten towers of $46,695.00 each and $100,000 a month: two towers a month at most, so five months.
        ReplacementPlan plan = problem(Carriers.aRuralCarrierWithTowers(dir, 10), 5, 5, "100000");

        assertThat(new LastFinishBound(plan).earliestLastWave()).hasValue(4);
    }
}
