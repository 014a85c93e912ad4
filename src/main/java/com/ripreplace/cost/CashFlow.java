package com.ripreplace.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Follows the cash of a wave assignment: each site's whole cost is spent in its wave; the eligible
 * part times the funding factor is claimed on the wave's last day, capped at what is left of the
 * allocation; each claim is paid the configured number of days later, in the wave that date falls in.
 * The table runs until the last payment has arrived.
 */
public final class CashFlow {

    private final CostEstimate estimate;
    private final ProgramTerms terms;

    public CashFlow(CostEstimate estimate, ProgramTerms terms) {
        this.estimate = estimate;
        this.terms = terms;
    }

    /** The cash flow when each site is done in the given wave (0 = the first); own funding per wave is optional. */
    public List<WaveCashFlow> follow(Map<String, Integer> waveBySite, Map<Integer, Money> ownFunding) {
        WaveCalendar calendar = terms.calendar();
        FundingRule funding = terms.fundingRule();
        TreeMap<Integer, Money> spend = new TreeMap<>();
        TreeMap<Integer, Money> eligible = new TreeMap<>();
        TreeMap<Integer, Integer> sites = new TreeMap<>();
        for (SiteEstimate site : estimate.sites()) {
            Integer wave = waveBySite.get(site.siteId());
            if (wave == null) {
                throw new IllegalArgumentException("Site " + site.siteId() + " has covered gear but no wave");
            }
            spend.merge(wave, site.total(), Money::plus);
            eligible.merge(wave, site.eligible(), Money::plus);
            sites.merge(wave, 1, Integer::sum);
        }
        int lastWorkWave = spend.isEmpty() ? 0 : spend.lastKey();
        Map<Integer, Money> claimedByWave = new TreeMap<>();
        TreeMap<Integer, Money> receivedByWave = new TreeMap<>();
        Map<Integer, LocalDate> paidOn = new TreeMap<>();
        Money claimedSoFar = Money.ZERO;
        for (int wave = 0; wave <= lastWorkWave; wave++) {
            Money requested = funding.reimbursementOf(eligible.getOrDefault(wave, Money.ZERO));
            Money claim = funding.capped(requested, claimedSoFar);
            claimedSoFar = claimedSoFar.plus(claim);
            claimedByWave.put(wave, claim);
            if (!claim.isZero()) {
                LocalDate payment = calendar.end(wave).plusDays(terms.reimbursementLagDays());
                paidOn.put(wave, payment);
                receivedByWave.merge(calendar.waveOf(payment), claim, Money::plus);
            }
        }
        int lastWave = Math.max(lastWorkWave, receivedByWave.isEmpty() ? 0 : receivedByWave.lastKey());
        lastWave = Math.max(lastWave, ownFunding.keySet().stream().max(Integer::compare).orElse(0));
        List<WaveCashFlow> rows = new ArrayList<>();
        Money cumulativeSpend = Money.ZERO;
        Money cumulativeReceived = Money.ZERO;
        Money allocationUsed = Money.ZERO;
        Money balance = terms.startingCash();
        for (int wave = 0; wave <= lastWave; wave++) {
            Money spent = spend.getOrDefault(wave, Money.ZERO);
            Money claim = claimedByWave.getOrDefault(wave, Money.ZERO);
            Money received = receivedByWave.getOrDefault(wave, Money.ZERO);
            Money own = ownFunding.getOrDefault(wave, Money.ZERO);
            cumulativeSpend = cumulativeSpend.plus(spent);
            cumulativeReceived = cumulativeReceived.plus(received);
            allocationUsed = allocationUsed.plus(claim);
            balance = balance.plus(received).plus(own).minus(spent);
            Money used = allocationUsed;
            Optional<Money> left = terms.allocation().map(a -> a.minus(used).max(Money.ZERO));
            rows.add(new WaveCashFlow(wave, calendar.start(wave), calendar.end(wave), sites.getOrDefault(wave, 0), spent,
                    eligible.getOrDefault(wave, Money.ZERO), claim, paidOn.get(wave), received, own, cumulativeSpend,
                    cumulativeReceived, allocationUsed, left.orElse(null), spent.minus(claim), balance));
        }
        return rows;
    }

    /** The lowest cash balance over the table, and the first wave it is reached in. */
    public static Optional<WaveCashFlow> lowestBalance(List<WaveCashFlow> rows) {
        return rows.stream().min((a, b) -> a.cashBalance().compareTo(b.cashBalance()));
    }
}
