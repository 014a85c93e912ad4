package com.ripreplace.cost;

import com.ripreplace.inventory.ProgramSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A cash-flow table for a given wave assignment, checked against a calculation done by hand. */
class CashFlowTest {

    /** Site A costs $100,000 ($80,000 eligible), B $50,000 (all eligible), C $30,000 (none eligible). */
    private static CostEstimate threeSites() {
        return new CostEstimate(List.of(site("A", 100_000, 80_000), site("B", 50_000, 50_000), site("C", 30_000, 0)),
                Money.of(180_000), Money.of(130_000), new BigDecimal("0.5"), Optional.of(Money.of(60_000)),
                Money.of(65_000), Money.of(60_000), Money.of(5_000), Money.of(120_000), "test");
    }

    private static SiteEstimate site(String id, long total, long eligible) {
        Money reimbursable = Money.of(eligible).times(new BigDecimal("0.5"));
        return new SiteEstimate(id, List.of(), Money.of(total), Money.of(eligible), reimbursable,
                Money.of(total).minus(reimbursable), 1, 90);
    }

    /** Funding factor 0.5, allocation $60,000, claims paid 45 days after filing, $120,000 in the bank, monthly waves. */
    private static ProgramTerms terms() {
        return ProgramTerms.resolve(ProgramSettings.NONE, new ProgramTerms.Overrides(new BigDecimal("0.5"),
                new BigDecimal("60000"), 45, new BigDecimal("120000"), null, "month", LocalDate.of(2027, 1, 1), null, null,
                null, null), LocalDate.of(2026, 11, 22));
    }

    @Test
    void matchesTheHandCalculationWithTheAllocationCapAndTheLag() {
        List<WaveCashFlow> rows = new CashFlow(threeSites(), terms()).follow(Map.of("A", 0, "B", 1, "C", 1), Map.of());

        assertThat(rows).hasSize(4);
        WaveCashFlow january = rows.get(0);
        assertThat(january.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(january.end()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(january.spend()).isEqualTo(Money.of(100_000));
        assertThat(january.claimed()).isEqualTo(Money.of(40_000));
        assertThat(january.claimPaidOn()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(january.carrierShare()).isEqualTo(Money.of(60_000));
        assertThat(january.allocationLeft()).isEqualTo(Money.of(20_000));
        assertThat(january.cashBalance()).isEqualTo(Money.of(20_000));

        WaveCashFlow february = rows.get(1);
        assertThat(february.sites()).isEqualTo(2);
        assertThat(february.spend()).isEqualTo(Money.of(80_000));
        assertThat(february.eligibleSpend()).isEqualTo(Money.of(50_000));
        assertThat(february.claimed()).as("25,000 asked, 20,000 left of the allocation").isEqualTo(Money.of(20_000));
        assertThat(february.claimPaidOn()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(february.allocationUsed()).isEqualTo(Money.of(60_000));
        assertThat(february.allocationLeft()).isEqualTo(Money.ZERO);
        assertThat(february.cashBalance()).isEqualTo(Money.of(-60_000));

        assertThat(rows.get(2).received()).isEqualTo(Money.of(40_000));
        assertThat(rows.get(2).cashBalance()).isEqualTo(Money.of(-20_000));
        assertThat(rows.get(3).received()).isEqualTo(Money.of(20_000));
        assertThat(rows.get(3).cashBalance()).isEqualTo(Money.ZERO);
        assertThat(rows.get(3).cumulativeSpend()).isEqualTo(Money.of(180_000));
        assertThat(rows.get(3).cumulativeReceived()).isEqualTo(Money.of(60_000));
        assertThat(CashFlow.lowestBalance(rows)).map(WaveCashFlow::wave).contains(1);
    }

    @Test
    void addsTheCarriersOwnFundingToTheBalance() {
        List<WaveCashFlow> rows = new CashFlow(threeSites(), terms())
                .follow(Map.of("A", 0, "B", 1, "C", 1), Map.of(1, Money.of(70_000)));

        assertThat(rows.get(1).ownFunding()).isEqualTo(Money.of(70_000));
        assertThat(rows.get(1).cashBalance()).isEqualTo(Money.of(10_000));
        assertThat(rows.get(3).cashBalance()).isEqualTo(Money.of(70_000));
    }

    @Test
    void runsQuarterlyWavesAndPaysAClaimInTheQuarterItsDateFallsIn() {
        ProgramTerms quarterly = ProgramTerms.resolve(ProgramSettings.NONE, new ProgramTerms.Overrides(BigDecimal.ONE,
                null, 189, BigDecimal.ZERO, null, "quarter", LocalDate.of(2027, 1, 1), null, null, null, null),
                LocalDate.of(2026, 11, 22));
        CostEstimate oneSite = new CostEstimate(List.of(new SiteEstimate("A", List.of(), Money.of(10_000), Money.of(10_000),
                Money.of(10_000), Money.ZERO, 1, 90)), Money.of(10_000), Money.of(10_000), BigDecimal.ONE, Optional.empty(),
                Money.of(10_000), Money.of(10_000), Money.ZERO, Money.ZERO, "test");

        List<WaveCashFlow> rows = new CashFlow(oneSite, quarterly).follow(Map.of("A", 0), Map.of());

        // filed 31 March 2027, paid 189 days later on 6 October 2027: the fourth quarter (wave 3)
        assertThat(rows.get(0).claimPaidOn()).isEqualTo(LocalDate.of(2027, 10, 6));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).start()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(rows.get(3).received()).isEqualTo(Money.of(10_000));
        assertThat(rows.get(2).cashBalance()).isEqualTo(Money.of(-10_000));
        assertThat(rows.get(0).allocationLeft()).isNull();
    }

    @Test
    void refusesAnAssignmentThatLeavesASiteWithoutAWave() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new CashFlow(threeSites(), terms()).follow(Map.of("A", 0, "B", 1), Map.of()))
                .hasMessage("Site C has covered gear but no wave");
    }
}
