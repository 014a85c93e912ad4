package com.ripreplace.cost;

import java.util.List;

/**
 * What replacing a site's covered gear costs, and who pays.
 *
 * @param eligible     cost the programme can reimburse (Huawei and ZTE gear obtained by 30 June 2020 and its share of site costs)
 * @param reimbursable eligible cost times the funding factor, before the programme-wide allocation cap
 * @param carrierPaid  total less reimbursable
 * @param leadTimeDays the longest equipment lead time among the site's categories
 */
public record SiteEstimate(String siteId, List<CostLine> lines, Money total, Money eligible, Money reimbursable,
                           Money carrierPaid, int coveredItems, int leadTimeDays) {

    public SiteEstimate {
        lines = List.copyOf(lines);
        if (!reimbursable.plus(carrierPaid).equals(total)) {
            throw new IllegalArgumentException("Reimbursable plus carrier-paid must equal the total at " + siteId);
        }
    }
}
