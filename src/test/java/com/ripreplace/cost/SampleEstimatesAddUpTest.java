package com.ripreplace.cost;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** For every sample inventory: item lines add up to site totals, sites to the inventory, and each split is whole. */
class SampleEstimatesAddUpTest {

    private static final InventoryCheck CHECK = new InventoryCheck(new InventoryReader(InputLimits.DEFAULTS),
            new CoveredGearMatcher(CoveredCatalog.loadDefault()));

    @ParameterizedTest
    @ValueSource(strings = {"small-carrier-25-sites.xlsx", "medium-carrier-150-sites.xlsx",
            "large-carrier-1200-sites.xlsx", "messy-carrier-export.csv", "messy-legacy-inventory.xls"})
    void addsUp(String sample) {
        Path file = Path.of("sample-inventories", sample);
        CheckResult result = CHECK.run(List.of(new InventoryReader.InputFile(file, sample)));
        ProgramTerms terms = ProgramTerms.resolve(result.inventory().program(), ProgramTerms.Overrides.NONE,
                LocalDate.of(2026, 11, 22));
        CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(result.inventory().sites(), result.items());

        long sitesWithCoveredGear = result.items().stream().filter(i -> i.finding().covered())
                .map(i -> i.line().siteId()).distinct().count();
        assertThat(estimate.sites()).hasSize((int) sitesWithCoveredGear);
        Money sum = Money.ZERO;
        for (SiteEstimate site : estimate.sites()) {
            Money lines = site.lines().stream().map(CostLine::amount).reduce(Money.ZERO, Money::plus);
            Money eligibleLines = site.lines().stream().map(CostLine::eligibleAmount).reduce(Money.ZERO, Money::plus);
            assertThat(lines).as(site.siteId()).isEqualTo(site.total());
            assertThat(eligibleLines).as(site.siteId()).isEqualTo(site.eligible());
            assertThat(site.reimbursable().plus(site.carrierPaid())).as(site.siteId()).isEqualTo(site.total());
            sum = sum.plus(site.total());
        }
        assertThat(sum).isEqualTo(estimate.total());
        assertThat(estimate.reimbursable().plus(estimate.carrierPaid())).isEqualTo(estimate.total());
        assertThat(estimate.reimbursable()).isLessThanOrEqualTo(estimate.reimbursableBeforeCap());
        estimate.allocation().ifPresent(a -> assertThat(estimate.reimbursable()).isLessThanOrEqualTo(a));

        Map<String, Integer> oneSitePerWave = estimate.sites().stream().collect(Collectors.toMap(SiteEstimate::siteId,
                s -> estimate.sites().indexOf(s)));
        List<WaveCashFlow> rows = new CashFlow(estimate, terms).follow(oneSitePerWave, Map.of());
        WaveCashFlow last = rows.get(rows.size() - 1);
        assertThat(last.cumulativeSpend()).isEqualTo(estimate.total());
        assertThat(last.cumulativeReceived()).isEqualTo(estimate.reimbursable());
        assertThat(last.cashBalance()).isEqualTo(terms.startingCash().plus(estimate.reimbursable()).minus(estimate.total()));
    }
}
