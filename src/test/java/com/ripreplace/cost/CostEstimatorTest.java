package com.ripreplace.cost;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static com.ripreplace.cost.Gear.aSite;
import static com.ripreplace.cost.Gear.aTower;
import static com.ripreplace.cost.Gear.carrierPaid;
import static com.ripreplace.cost.Gear.consumerRouter;
import static com.ripreplace.cost.Gear.consumerRouterToReplace;
import static com.ripreplace.cost.Gear.eligible;
import static com.ripreplace.cost.Gear.eligibleWithOwnUnitCost;
import static com.ripreplace.cost.Gear.trusted;
import static org.assertj.core.api.Assertions.assertThat;

class CostEstimatorTest {

    private static final CostCatalog CATALOG = CostCatalog.loadDefault();

    private static CostEstimator estimator(String factor, Long allocation) {
        return new CostEstimator(CATALOG, new FundingRule(new BigDecimal(factor),
                Optional.ofNullable(allocation).map(Money::of)));
    }

    private static Money line(SiteEstimate site, CostKind kind) {
        return site.lines().stream().filter(l -> l.kind() == kind).map(CostLine::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void costsACoveredLineFromTheCatalogTimesItsQuantity() {
        SiteEstimate site = estimator("1", null).estimate(List.of(aTower("S1")), List.of(eligible("S1", "Radio Unit", 2)))
                .sites().get(0);

        assertThat(line(site, CostKind.EQUIPMENT)).isEqualTo(Money.of(36_000));
        assertThat(line(site, CostKind.INSTALLATION)).isEqualTo(Money.of(7_000));
        assertThat(line(site, CostKind.REMOVAL)).isEqualTo(Money.of(2_400));
        assertThat(line(site, CostKind.DISPOSAL)).isEqualTo(Money.of(500));
        assertThat(site.lines().get(0).basis()).isEqualTo("catalog Radio Unit");
    }

    @Test
    void usesTheCarriersUnitReplacementCostWhenTheInventoryGivesOne() {
        SiteEstimate site = estimator("1", null).estimate(List.of(aTower("S1")),
                List.of(eligibleWithOwnUnitCost("S1", "Radio Unit", 3, "12500.50"))).sites().get(0);

        assertThat(line(site, CostKind.EQUIPMENT)).isEqualTo(Money.of("37501.50"));
        assertThat(site.lines().get(0).basis()).startsWith("Unit Replacement Cost on inv.xlsx › Equipment row");
    }

    @Test
    void leavesGearThatIsNotCoveredOutOfTheEstimate() {
        CostEstimate estimate = estimator("1", null).estimate(List.of(aTower("S1"), aTower("S2")),
                List.of(trusted("S1", "Radio Unit", 4), eligible("S2", "Antenna", 1)));

        assertThat(estimate.sites()).extracting(SiteEstimate::siteId).containsExactly("S2");
    }

    @Test
    void leavesCoveredConsumerRoutersInServiceUnlessAnEngineerDecidedToReplaceThem() {
        CostEstimate estimate = estimator("1", null).estimate(List.of(aTower("S1"), aTower("S2"), aTower("S3")),
                List.of(consumerRouter("S1", 40), consumerRouterToReplace("S2", 3), eligible("S3", "Antenna", 1)));

        assertThat(estimate.sites()).extracting(SiteEstimate::siteId).containsExactly("S2", "S3");
        SiteEstimate s2 = estimate.sites().get(0);
        assertThat(s2.coveredItems()).isEqualTo(1);
        assertThat(s2.reimbursable().isZero()).isTrue();
        assertThat(ReplacementRule.NAME).isEqualTo("Covered gear to replace");
    }

    @Test
    void addsMobilisationEngineeringAndATowerClimbToEachSiteWithCoveredGear() {
        SiteEstimate tower = estimator("1", null).estimate(List.of(aTower("S1")), List.of(eligible("S1", "Antenna", 1)))
                .sites().get(0);
        SiteEstimate rooftop = estimator("1", null).estimate(List.of(aSite("S2", "Rooftop")),
                List.of(eligible("S2", "Antenna", 1))).sites().get(0);

        assertThat(line(tower, CostKind.MOBILISATION)).isEqualTo(Money.of(4_500));
        assertThat(line(tower, CostKind.ENGINEERING)).isEqualTo(Money.of(9_000));
        assertThat(line(tower, CostKind.TOWER_CLIMB)).isEqualTo(Money.of(6_000));
        assertThat(line(rooftop, CostKind.TOWER_CLIMB)).isEqualTo(Money.ZERO);
    }

    @Test
    void addsTheContingencyOnTheWholeSite() {
        SiteEstimate site = estimator("1", null).estimate(List.of(aTower("S1")), List.of(eligible("S1", "Antenna", 1)))
                .sites().get(0);
        // antenna 6,500 + 2,500 + 1,000 + 200 = 10,200; site 4,500 + 6,000 + 9,000 = 19,500; 10% of 29,700
        assertThat(line(site, CostKind.CONTINGENCY)).isEqualTo(Money.of(2_970));
        assertThat(site.total()).isEqualTo(Money.of(32_670));
    }

    @Test
    void treatsGearBoughtAfterTheCutoffAsCarrierPaid() {
        SiteEstimate site = estimator("1", null).estimate(List.of(aTower("S1")), List.of(carrierPaid("S1", "Antenna", 1)))
                .sites().get(0);

        assertThat(site.eligible()).isEqualTo(Money.ZERO);
        assertThat(site.reimbursable()).isEqualTo(Money.ZERO);
        assertThat(site.carrierPaid()).isEqualTo(site.total());
    }

    @Test
    void splitsSiteCostsInProportionToEligibleGearAndAppliesTheFundingFactor() {
        // The worked example of docs/cost-model.md.
        SiteEstimate site = estimator("0.395", null).estimate(List.of(aTower("S1")),
                List.of(eligible("S1", "Radio Unit", 2), carrierPaid("S1", "Microwave", 1))).sites().get(0);

        assertThat(site.total()).isEqualTo(Money.of("110220.00"));
        assertThat(site.lines().stream().filter(l -> l.kind() == CostKind.MOBILISATION).findFirst().orElseThrow()
                .eligibleAmount()).isEqualTo(Money.of("2559.48"));
        assertThat(site.eligible()).isEqualTo(Money.of("62690.19"));
        assertThat(site.reimbursable()).isEqualTo(Money.of("24762.63"));
        assertThat(site.carrierPaid()).isEqualTo(Money.of("85457.37"));
    }

    @Test
    void capsReimbursementAtTheAllocation() {
        CostEstimate estimate = estimator("1", 20_000L).estimate(List.of(aTower("S1")),
                List.of(eligible("S1", "Antenna", 1)));

        assertThat(estimate.reimbursableBeforeCap()).isEqualTo(Money.of(32_670));
        assertThat(estimate.reimbursable()).isEqualTo(Money.of(20_000));
        assertThat(estimate.cappedByAllocation()).isEqualTo(Money.of(12_670));
        assertThat(estimate.carrierPaid()).isEqualTo(Money.of(12_670));
    }

    @Test
    void costsGearOfAnUnknownCategoryAtTheConservativeDefaultAndSaysSo() {
        SiteEstimate site = estimator("1", null).estimate(List.of(aTower("S1")), List.of(eligible("S1", "Widget", 1)))
                .sites().get(0);

        assertThat(site.lines().get(0).category()).isEqualTo("Unclassified");
        assertThat(site.lines().get(0).basis()).isEqualTo("catalog Unclassified (category 'Widget' not recognised)");
        assertThat(line(site, CostKind.EQUIPMENT)).isEqualTo(Money.of(20_000));
    }

    @Test
    void takesTheCarriersFiguresFromTheCostsSheetOverTheCatalog() {
        CostCatalog ours = CATALOG.withCosts(List.of(new com.ripreplace.inventory.CostRow("RRU", new BigDecimal("15250"),
                null, new BigDecimal("900"), null, 75, new com.ripreplace.inventory.SourceRef("inv.xlsx", "Costs", 2))));
        SiteEstimate site = new CostEstimator(ours, new FundingRule(BigDecimal.ONE, Optional.empty()))
                .estimate(List.of(aTower("S1")), List.of(eligible("S1", "Radio Unit", 2))).sites().get(0);

        assertThat(line(site, CostKind.EQUIPMENT)).isEqualTo(Money.of(30_500));
        assertThat(line(site, CostKind.INSTALLATION)).as("kept from the catalog").isEqualTo(Money.of(7_000));
        assertThat(line(site, CostKind.REMOVAL)).isEqualTo(Money.of(1_800));
        assertThat(site.leadTimeDays()).isEqualTo(75);
        assertThat(ours.categoryFor("Radio Unit").basis()).isEqualTo("Costs sheet, inv.xlsx row 2");
    }

    @Test
    void recognisesTheCategoriesCarriersWrite() {
        assertThat(CATALOG.categoryFor("MW Radio").name()).isEqualTo("Microwave");
        assertThat(CATALOG.categoryFor("BBU").name()).isEqualTo("RAN Baseband");
        assertThat(CATALOG.categoryFor("Router/Switch").name()).isEqualTo("IP Routing");
        assertThat(CATALOG.categoryFor("IP RAN access router").name()).isEqualTo("IP Routing");
        assertThat(CATALOG.categoryFor("DC Plant").name()).isEqualTo("Power");
        assertThat(CATALOG.categoryFor("Security Cam").name()).isEqualTo("Surveillance");
        assertThat(CATALOG.categoryFor("ONT/CPE").name()).isEqualTo("ONT/CPE");
        assertThat(CATALOG.categoryFor("").name()).isEqualTo("Unclassified");
    }

    @Test
    void addsSiteTotalsUpToTheInventoryTotal() {
        CostEstimate estimate = estimator("0.395", null).estimate(List.of(aTower("S1"), aSite("S2", "Shelter")),
                List.of(eligible("S1", "Radio Unit", 3), carrierPaid("S1", "Core", 1), eligible("S2", "OLT", 1)));

        Money sites = estimate.sites().stream().map(SiteEstimate::total).reduce(Money.ZERO, Money::plus);
        assertThat(sites).isEqualTo(estimate.total());
        assertThat(estimate.reimbursable().plus(estimate.carrierPaid())).isEqualTo(estimate.total());
    }
}
