package com.ripreplace.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The inventory's estimate: every site with covered gear, and the totals a finance team reads.
 *
 * @param reimbursableBeforeCap the sites' reimbursable parts added up
 * @param reimbursable          the same, capped at the allocation
 * @param cappedByAllocation    what the cap takes off (the carrier pays it)
 * @param carrierPaid           total less reimbursable
 */
public record CostEstimate(List<SiteEstimate> sites, Money total, Money eligible, BigDecimal fundingFactor,
                           Optional<Money> allocation, Money reimbursableBeforeCap, Money reimbursable,
                           Money cappedByAllocation, Money carrierPaid, String catalog) {

    public CostEstimate {
        sites = List.copyOf(sites);
    }

    public Optional<SiteEstimate> site(String siteId) {
        return sites.stream().filter(s -> s.siteId().equals(siteId)).findFirst();
    }
}
