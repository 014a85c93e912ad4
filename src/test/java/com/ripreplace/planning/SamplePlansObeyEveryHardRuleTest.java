package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.workbook.PlanWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans are written to workbooks and every hard rule is re-derived from the workbook by {@link PlanChecker}. */
class SamplePlansObeyEveryHardRuleTest {

    private static final InventoryCheck CHECK = new InventoryCheck(new InventoryReader(InputLimits.DEFAULTS),
            new CoveredGearMatcher(CoveredCatalog.loadDefault()));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private List<String> planAndCheck(CheckResult result, ProgramTerms terms, Duration limit) throws IOException {
        PlanOutcome plan = new Planner(CostCatalog.loadDefault(), PlanningWeights.DEFAULTS, CLOCK)
                .plan(result, terms, limit, 1, progress -> { });
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(plan, out);
        return PlanChecker.hardRuleBreaches(out, result, terms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-carrier-25-sites.xlsx", "medium-carrier-150-sites.xlsx",
            "large-carrier-1200-sites.xlsx", "messy-carrier-export.csv", "messy-legacy-inventory.xls"})
    void planEverySampleInsideEveryHardRule(String sample) throws IOException {
        Path file = Path.of("sample-inventories", sample);
        CheckResult result = CHECK.run(List.of(new InventoryReader.InputFile(file, sample)));
        ProgramTerms terms = ProgramTerms.resolve(result.inventory().program(), ProgramTerms.Overrides.NONE,
                LocalDate.of(2026, 11, 22));

        assertThat(planAndCheck(result, terms, Duration.ofSeconds(8))).isEmpty();
    }

    @Test
    void plansAnUnseenNetworkWithTightCashWithoutTheBalanceGoingBelowZero() throws IOException {
        CheckResult network = Carriers.aNetworkOf(dir, 45, 2024);
        ProgramTerms terms = ProgramTerms.resolve(com.ripreplace.inventory.ProgramSettings.NONE,
                new ProgramTerms.Overrides(new BigDecimal("0.9"), null, 60, new BigDecimal("700000"), null, "month",
                        LocalDate.of(2027, 3, 1), LocalDate.of(2029, 6, 30), 45, 3, 2), LocalDate.of(2026, 11, 22));

        assertThat(planAndCheck(network, terms, Duration.ofSeconds(8))).isEmpty();
    }

    @Test
    void plansAnUnseenNetworkInsideABudgetPerQuarter() throws IOException {
        CheckResult network = Carriers.aNetworkOf(dir, 60, 77);
        ProgramTerms terms = ProgramTerms.resolve(com.ripreplace.inventory.ProgramSettings.NONE,
                new ProgramTerms.Overrides(BigDecimal.ONE, new BigDecimal("3000000"), 120, null,
                        new BigDecimal("1500000"), "quarter", LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), null,
                        4, 4), LocalDate.of(2026, 11, 22));

        assertThat(planAndCheck(network, terms, Duration.ofSeconds(8))).isEmpty();
    }
}
