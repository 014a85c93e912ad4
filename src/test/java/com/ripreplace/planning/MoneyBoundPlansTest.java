package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.inventory.ProgramSettings;
import com.ripreplace.workbook.PlanWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carriers whose money cannot carry the work: the plan keeps every physical rule (checked from the workbook,
 * independently of the score), needs no more financing than is unavoidable, and states what the money costs in
 * time and in bridge financing.
 */
class MoneyBoundPlansTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ProgramTerms terms(String fundingFactor, String allocation, int lagDays, String startingCash,
                                      String budget, LocalDate deadline, int crews, int perCrew) {
        return ProgramTerms.resolve(ProgramSettings.NONE, new ProgramTerms.Overrides(new BigDecimal(fundingFactor),
                allocation == null ? null : new BigDecimal(allocation), lagDays,
                startingCash == null ? null : new BigDecimal(startingCash), budget == null ? null : new BigDecimal(budget),
                "month", LocalDate.of(2027, 1, 1), deadline, 0, crews, perCrew), LocalDate.of(2026, 12, 6));
    }

    private static PlanOutcome plan(CheckResult network, ProgramTerms terms, long calculations) {
        return new Planner(CostCatalog.loadDefault(), PlanningWeights.DEFAULTS, CLOCK)
                .plan(network, terms, PlanSolver.stoppingAfterScoreCalculations(calculations, 1), progress -> { });
    }

    private PlanChecker.Checked written(PlanOutcome plan, CheckResult network, ProgramTerms terms) throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(plan, out);
        return PlanChecker.check(out, network, terms);
    }

    @Test
    void aCarrierShortOfMoneyKeepsEveryPhysicalRuleAndNeedsOnlyTheUnavoidableFinancing() throws IOException {
        CheckResult network = Carriers.aNetworkOf(dir, 60, 2027);
        ProgramTerms terms = terms("0.395", "1000000", 90, "500000", "700000", LocalDate.of(2027, 12, 31), 3, 2);
        CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(network.inventory().sites(), network.items());
        // Independently of the plan: cash + every reimbursement the allocation allows - the cost.
        BigDecimal allocation = new BigDecimal("1000000.00");
        BigDecimal requested = estimate.sites().stream().map(s -> s.reimbursable().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal finalBalance = new BigDecimal("500000.00").add(requested.min(allocation))
                .subtract(estimate.total().amount());
        assertThat(finalBalance).isNegative();

        PlanOutcome plan = plan(network, terms, 40_000);
        PlanChecker.Checked checked = written(plan, network, terms);

        assertThat(checked.physical()).isEmpty();
        assertThat(checked.lowestBalance()).isEqualByComparingTo(finalBalance);
        assertThat(plan.cash().shortfallUnavoidable()).isTrue();
        assertThat(plan.cash().sentences().get(0)).startsWith("No schedule can keep the cash at or above zero")
                .contains(new Money(finalBalance.negate()).toString());
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.brokenRules()).anySatisfy(rule -> {
            assertThat(rule.level()).isEqualTo(BrokenRule.Level.MONEY);
            assertThat(rule.rule()).isEqualTo("Cash balance");
        });
        assertThat(plan.brokenRules()).noneMatch(rule -> rule.level() == BrokenRule.Level.PHYSICAL);
    }

    @Test
    void goesLateWithinTheCashAndStatesTheBridgeFinancingThatFinishesOnTime() throws IOException {
        // Six towers, one crew of two a month, three months to the deadline. Each tower is reimbursed in full the
        // month after it is done. With the cash of one tower the carrier can do one a month (six months, three late);
        // on time it must do two a month, and its balance sits one tower's cost below zero for three months.
        CheckResult towers = Carriers.aRuralCarrierWithTowers(dir, 6);
        ProgramTerms probe = terms("1", null, 1, "1", null, LocalDate.of(2027, 3, 31), 1, 2);
        Money tower = new CostEstimator(CostCatalog.loadDefault(), probe.fundingRule())
                .estimate(towers.inventory().sites(), towers.items()).sites().get(0).total();
        ProgramTerms terms = terms("1", null, 1, tower.amount().toPlainString(), null, LocalDate.of(2027, 3, 31), 1, 2);

        PlanOutcome plan = plan(towers, terms, 8_000);
        PlanChecker.Checked checked = written(plan, towers, terms);

        assertThat(checked.physical()).isEmpty();
        assertThat(checked.money()).isEmpty();
        assertThat(checked.lowestBalance()).isNotNegative();
        assertThat(plan.extension()).hasValueSatisfying(e -> {
            assertThat(e.lastFinish()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(e.monthsBeyond()).isEqualTo(3);
        });
        assertThat(plan.cash().bridge()).hasValueSatisfying(bridge -> {
            assertThat(bridge.onTime()).isTrue();
            assertThat(bridge.lastFinish()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(bridge.amount()).isEqualTo(tower);
            assertThat(bridge.wave()).isEqualTo(1);
        });
        assertThat(plan.cash().sentences()).anySatisfy(sentence -> assertThat(sentence)
                .contains("Within the cash it has, the carrier finishes 2027-06-30. To finish on time, by 2027-03-31,"
                        + " it needs bridge financing of " + tower));
        assertThat(plan.whatIfs()).anySatisfy(w -> {
            assertThat(w.relaxation()).isEqualTo("Unlimited cash");
            assertThat(w.onTime()).isTrue();
        });
        assertThat(plan.extension().orElseThrow().bindingRules().get(0)).startsWith("What-if: Unlimited cash");
    }

    @Test
    void givesASiteThatAloneCostsMoreThanTheBudgetItsOwnWaveAndNamesIt() throws IOException {
        CheckResult network = Carriers.aNetworkOf(dir, 20, 5);
        ProgramTerms terms = terms("1", null, 60, null, "400000", LocalDate.of(2029, 12, 31), 2, 2);
        Money core = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(network.inventory().sites(), network.items()).site("CORE").orElseThrow().total();
        assertThat(core.compareTo(Money.of(400_000))).isPositive();

        PlanOutcome plan = plan(network, terms, 30_000);
        PlanChecker.Checked checked = written(plan, network, terms);

        assertThat(checked.physical()).isEmpty();
        assertThat(checked.money()).isEmpty();
        int coreWave = plan.schedule().stream().filter(s -> s.siteId().equals("CORE")).findFirst().orElseThrow().wave();
        assertThat(plan.schedule()).filteredOn(s -> s.wave() == coreWave).hasSize(1);
        assertThat(plan.notes()).contains("CORE costs " + core + ", more than the $400,000.00 budget per month: it has"
                + " its wave to itself, which goes over by " + core.minus(Money.of(400_000)) + ".");
    }

    @Test
    void explainsALateFinishBySeasonalSitesWhenLiftingTheirWindowsBringsItOnTime() throws IOException {
        // Twelve summer-only towers (May to October) behind one hub, two crews of two a month, planning from January,
        // deadline the end of May: four towers fit in May, four in June and four in July; with the windows lifted all
        // twelve are done by April.
        StringBuilder csv = new StringBuilder("Site ID,Site Type,Depends On,Access Months,Vendor,Model,Serial,Category,"
                + "Quantity,Purchase Date\nHUB,Hub,,,Huawei,RTN 950,S-HUB,Microwave,1,2019-01-01\n");
        for (int i = 1; i <= 12; i++) {
            csv.append(String.format("T%02d,Tower,HUB,May-Oct,Huawei,RRU3908,S-%02d,Radio Unit,1,2019-01-01%n", i, i));
        }
        CheckResult network = Carriers.check(dir, "seasonal.csv", csv.toString());
        ProgramTerms terms = terms("1", null, 60, null, null, LocalDate.of(2027, 5, 31), 2, 2);

        PlanOutcome plan = plan(network, terms, 10_000);

        assertThat(plan.onTime()).isFalse();
        assertThat(plan.extension().orElseThrow().lastFinish()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(plan.whatIfs()).filteredOn(WhatIf::onTime).extracting(WhatIf::relaxation)
                .contains("Access windows lifted");
        assertThat(plan.extension().orElseThrow().bindingRules()).anySatisfy(why -> assertThat(why)
                .startsWith("What-if: Access windows lifted (8 of the 8 sites that finish late can be worked only in"
                        + " May, Jun, Jul, Aug, Sep, Oct)"));
    }
}
