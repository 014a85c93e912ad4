package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.ProgramTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSolverTest {

    @TempDir
    Path dir;

    private static ProgramTerms terms(int crews, int perCrew, LocalDate deadline, BigDecimal startingCash,
                                      BigDecimal budget) {
        return ProgramTerms.resolve(com.ripreplace.inventory.ProgramSettings.NONE, new ProgramTerms.Overrides(
                        new BigDecimal("0.8"), null, 60, startingCash, budget, "month", LocalDate.of(2027, 1, 1), deadline,
                        30, crews, perCrew), LocalDate.of(2026, 11, 22));
    }

    private static ReplacementPlan problem(CheckResult result, ProgramTerms terms) {
        CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(result.inventory().sites(), result.items());
        return PlanProblem.of(result.inventory().sites(), estimate, terms, PlanningWeights.DEFAULTS);
    }

    @Test
    void reachesAFeasibleOnTimePlanForASmallNetwork() {
        CheckResult network = Carriers.aNetworkOf(dir, 40, 7);
        ProgramTerms terms = terms(3, 3, LocalDate.of(2028, 6, 30), null, null);

        ReplacementPlan solved = PlanSolver.stoppingAfterScoreCalculations(300000L, 1).solve(problem(network, terms), "test", progress -> { });

        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(solved.getScore().softScore(0)).isZero();
        assertThat(PlanSolver.brokenRules(solved)).isEmpty();
    }

    @Test
    void keepsTheCashBalanceAboveZeroWhenStartingCashIsTight() {
        CheckResult network = Carriers.aNetworkOf(dir, 30, 11);
        ProgramTerms terms = terms(4, 3, LocalDate.of(2029, 12, 31), new BigDecimal("600000"), null);

        ReplacementPlan solved = PlanSolver.stoppingAfterScoreCalculations(500000L, 3).solve(problem(network, terms), "test", progress -> { });

        assertThat(PlanSolver.brokenRules(solved)).isEmpty();
        assertThat(solved.getScore().isFeasible()).isTrue();
    }

    @Test
    void neverEndsWorseThanTheGreedyBaseline() {
        CheckResult network = Carriers.aNetworkOf(dir, 60, 5);
        ProgramTerms terms = terms(2, 3, LocalDate.of(2028, 3, 31), new BigDecimal("2000000"), new BigDecimal("900000"));
        ReplacementPlan greedy = GreedyPlanner.assign(problem(network, terms));
        var greedyScore = PlanSolver.score(greedy);

        ReplacementPlan solved = PlanSolver.stoppingAfterScoreCalculations(200000L, 1).solve(problem(network, terms), "test", progress -> { });

        assertThat(solved.getScore()).isGreaterThanOrEqualTo(greedyScore);
    }

    @Test
    void repeatsItsPlanForTheSameSeed() {
        CheckResult network = Carriers.aNetworkOf(dir, 25, 3);
        ProgramTerms terms = terms(2, 2, LocalDate.of(2028, 6, 30), null, null);

        ReplacementPlan first = PlanSolver.stoppingAfterScoreCalculations(100000L, 42).solve(problem(network, terms), "test", progress -> { });
        ReplacementPlan second = PlanSolver.stoppingAfterScoreCalculations(100000L, 42).solve(problem(network, terms), "test", progress -> { });

        assertThat(first.getJobs().stream().map(SiteJob::toString).toList())
                .isEqualTo(second.getJobs().stream().map(SiteJob::toString).toList());
    }
}
