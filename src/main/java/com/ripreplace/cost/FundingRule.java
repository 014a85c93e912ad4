package com.ripreplace.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The programme's funding rule: reimbursement paid = eligible cost × funding factor, capped at the
 * carrier's allocation. Only Huawei and ZTE gear obtained on or before 30 June 2020 is eligible
 * (decided by the covered-gear finding); everything else is carrier-paid.
 */
public record FundingRule(BigDecimal fundingFactor, Optional<Money> allocation) {

    public FundingRule {
        Objects.requireNonNull(fundingFactor, "fundingFactor");
        if (fundingFactor.signum() <= 0 || fundingFactor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The funding factor lies above 0 and at most 1; found " + fundingFactor);
        }
        allocation = allocation == null ? Optional.empty() : allocation;
    }

    /** The reimbursement an eligible amount earns before the cap. */
    public Money reimbursementOf(Money eligible) {
        return eligible.times(fundingFactor);
    }

    /** A claim of {@code requested}, cut to what the allocation still allows. */
    public Money capped(Money requested, Money alreadyClaimed) {
        return allocation.map(a -> requested.min(a.minus(alreadyClaimed).max(Money.ZERO))).orElse(requested);
    }
}
