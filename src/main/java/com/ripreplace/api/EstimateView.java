package com.ripreplace.api;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.service.Estimates;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inventory's cost estimate as JSON: totals, the settings in force and where each came from, every site with
 * covered gear, and the cash flow with the sites taken in inventory order at crew capacity. Money in dollars.
 */
@Serdeable
public record EstimateView(long inventoryId, String carrierName, String frn, String catalog, int sitesWithCoveredGear,
                           BigDecimal total, BigDecimal eligible, BigDecimal fundingFactor, BigDecimal allocation,
                           BigDecimal reimbursable, BigDecimal cappedByAllocation, BigDecimal carrierPaid,
                           BigDecimal lowestCashBalance, Map<String, String> settings, List<SiteView> sites,
                           List<WaveView> cashFlow) {

    @Serdeable
    public record SiteView(String siteId, int coveredItems, BigDecimal total, BigDecimal eligible,
                           BigDecimal reimbursable, BigDecimal carrierPaid, int leadTimeDays) {
        static SiteView of(SiteEstimate s) {
            return new SiteView(s.siteId(), s.coveredItems(), s.total().amount(), s.eligible().amount(),
                    s.reimbursable().amount(), s.carrierPaid().amount(), s.leadTimeDays());
        }
    }

    @Serdeable
    public record WaveView(int wave, LocalDate start, LocalDate end, int sites, BigDecimal spend, BigDecimal claimed,
                           LocalDate claimPaidOn, BigDecimal received, BigDecimal cashBalance) {
        static WaveView of(WaveCashFlow w) {
            return new WaveView(com.ripreplace.cost.Numbering.wave(w.wave()), w.start(), w.end(), w.sites(), w.spend().amount(), w.claimed().amount(),
                    w.claimPaidOn(), w.received().amount(), w.cashBalance().amount());
        }
    }

    public static EstimateView of(long inventoryId, Estimates.Estimate e) {
        var terms = e.terms();
        var est = e.estimate();
        Map<String, String> settings = new LinkedHashMap<>();
        terms.sources().forEach((name, source) -> settings.put(name, source.replace("command line", "request")));
        return new EstimateView(inventoryId, terms.carrierName(), terms.frn(), est.catalog(), est.sites().size(),
                est.total().amount(), est.eligible().amount(), est.fundingFactor(),
                est.allocation().map(Money::amount).orElse(null), est.reimbursable().amount(),
                est.cappedByAllocation().amount(), est.carrierPaid().amount(),
                e.cashFlow().stream().map(WaveCashFlow::cashBalance).min(Money::compareTo).map(Money::amount)
                        .orElse(terms.startingCash().amount()),
                settings, est.sites().stream().map(SiteView::of).toList(),
                e.cashFlow().stream().map(WaveView::of).toList());
    }
}
