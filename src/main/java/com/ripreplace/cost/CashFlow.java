package com.ripreplace.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows the cash of a wave assignment by the programme's claim rule ({@link CashLedger}): each site's
 * whole cost is spent in its wave; on the wave's last day a claim is filed for the reimbursable part of
 * its sites, cut to what is left of the allocation; each claim is paid the configured number of days
 * later, in the wave that date falls in. The table runs until the last payment has arrived.
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
        Totals totals = totals(waveBySite);
        int lastWorkWave = totals.lastWave();
        CashLedger ledger = CashLedger.of(terms, lastWorkWave + 1);
        long[] claims = ledger.claims(totals.requested());
        int lastWave = Math.max(lastWorkWave, ledger.lastPayment(claims));
        lastWave = Math.max(lastWave, ownFunding.keySet().stream().max(Integer::compare).orElse(0));
        long[] received = ledger.received(claims, lastWave + 1);
        List<WaveCashFlow> rows = new ArrayList<>();
        Money cumulativeSpend = Money.ZERO;
        Money cumulativeReceived = Money.ZERO;
        Money allocationUsed = Money.ZERO;
        Money balance = terms.startingCash();
        for (int wave = 0; wave <= lastWave; wave++) {
            boolean work = wave <= lastWorkWave;
            Money spent = work ? Money.ofCents(totals.spend()[wave]) : Money.ZERO;
            Money claim = work ? Money.ofCents(claims[wave]) : Money.ZERO;
            Money paid = Money.ofCents(received[wave]);
            Money own = ownFunding.getOrDefault(wave, Money.ZERO);
            cumulativeSpend = cumulativeSpend.plus(spent);
            cumulativeReceived = cumulativeReceived.plus(paid);
            allocationUsed = allocationUsed.plus(claim);
            balance = balance.plus(paid).plus(own).minus(spent);
            Money used = allocationUsed;
            Optional<Money> left = terms.allocation().map(a -> a.minus(used).max(Money.ZERO));
            LocalDate paidOn = claim.isZero() ? null : calendar.end(wave).plusDays(terms.reimbursementLagDays());
            rows.add(new WaveCashFlow(wave, calendar.start(wave), calendar.end(wave), work ? totals.sites()[wave] : 0,
                    spent, work ? Money.ofCents(totals.eligible()[wave]) : Money.ZERO, claim, paidOn, paid, own,
                    cumulativeSpend, cumulativeReceived, allocationUsed, left.orElse(null), spent.minus(claim), balance));
        }
        return rows;
    }

    /**
     * What the programme pays for each site after the cap: a wave's claim is shared among its sites in
     * proportion to what each requested, to the cent (largest remainders, then site id, take the odd cents),
     * so the sites' figures add up to the claims, and the claims to the capped reimbursable total.
     */
    public Map<String, Money> reimbursedBySite(Map<String, Integer> waveBySite) {
        Totals totals = totals(waveBySite);
        long[] claims = CashLedger.of(terms, totals.lastWave() + 1).claims(totals.requested());
        Map<Integer, List<SiteEstimate>> byWave = new HashMap<>();
        for (SiteEstimate site : estimate.sites()) {
            byWave.computeIfAbsent(waveBySite.get(site.siteId()), w -> new ArrayList<>()).add(site);
        }
        Map<String, Money> paid = new LinkedHashMap<>();
        estimate.sites().forEach(s -> paid.put(s.siteId(), Money.ZERO));
        byWave.forEach((wave, sites) -> share(claims[wave], totals.requested()[wave], sites, paid));
        return paid;
    }

    private static void share(long claim, long requested, List<SiteEstimate> sites, Map<String, Money> paid) {
        if (claim == requested) {
            sites.forEach(s -> paid.put(s.siteId(), s.reimbursable()));
            return;
        }
        long given = 0;
        record Part(SiteEstimate site, long cents, long remainder) {
        }
        List<Part> parts = new ArrayList<>();
        for (SiteEstimate site : sites) {
            long asked = site.reimbursable().cents();
            java.math.BigInteger[] division = java.math.BigInteger.valueOf(claim).multiply(java.math.BigInteger.valueOf(asked))
                    .divideAndRemainder(java.math.BigInteger.valueOf(requested));
            parts.add(new Part(site, division[0].longValueExact(), division[1].longValueExact()));
            given += division[0].longValueExact();
        }
        parts.sort(Comparator.comparingLong(Part::remainder).reversed().thenComparing(p -> p.site().siteId()));
        long odd = claim - given;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            paid.put(part.site().siteId(), Money.ofCents(part.cents() + (i < odd ? 1 : 0)));
        }
    }

    /** Per wave: spend, eligible spend, requested reimbursement and site count, in cents, up to the last wave with work. */
    private Totals totals(Map<String, Integer> waveBySite) {
        int last = 0;
        for (SiteEstimate site : estimate.sites()) {
            Integer wave = waveBySite.get(site.siteId());
            if (wave == null) {
                throw new IllegalArgumentException("Site " + site.siteId() + " has covered gear but no wave");
            }
            last = Math.max(last, wave);
        }
        Totals totals = new Totals(new long[last + 1], new long[last + 1], new long[last + 1], new int[last + 1],
                estimate.sites().isEmpty() ? 0 : last);
        for (SiteEstimate site : estimate.sites()) {
            int wave = waveBySite.get(site.siteId());
            totals.spend()[wave] += site.total().cents();
            totals.eligible()[wave] += site.eligible().cents();
            totals.requested()[wave] += site.reimbursable().cents();
            totals.sites()[wave]++;
        }
        return totals;
    }

    private record Totals(long[] spend, long[] eligible, long[] requested, int[] sites, int lastWave) {
    }

    /** The lowest cash balance over the table, and the first wave it is reached in. */
    public static Optional<WaveCashFlow> lowestBalance(List<WaveCashFlow> rows) {
        return rows.stream().min((a, b) -> a.cashBalance().compareTo(b.cashBalance()));
    }
}
