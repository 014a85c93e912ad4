package com.ripreplace.planning;

import com.ripreplace.cost.CashLedger;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The numbers the rules compare against; money in whole cents.
 *
 * @param budgetPerWaveCents empty when there is no budget per wave
 * @param cash               the claim rule and starting cash the cash rule follows; empty when no starting cash
 *                           is given (the cash rule then does not apply)
 * @param cashRule           where the cash rule sits among the levels
 * @param lastOnTimeWave     the last wave that ends by the deadline in force; Integer.MAX_VALUE without a deadline
 */
public record PlanLimits(int crews, int sitesPerCrewPerWave, OptionalLong budgetPerWaveCents, Optional<CashLedger> cash,
                         CashRule cashRule, int lastOnTimeWave) {

    /** Where the cash rule sits: above the deadline (the plan goes late to stay within cash) or below it. */
    public enum CashRule {
        /** The balance stays at or above zero (or as near as it can), whatever that costs in time. */
        WITHIN_CASH,
        /** The plan finishes as early as the physical rules and the budget allow; then the least peak shortfall. */
        BRIDGE_FINANCING
    }

    public PlanLimits {
        budgetPerWaveCents = budgetPerWaveCents == null ? OptionalLong.empty() : budgetPerWaveCents;
        cash = cash == null ? Optional.empty() : cash;
        cashRule = cashRule == null ? CashRule.WITHIN_CASH : cashRule;
    }

    /** Crews times sites per crew: how many sites a wave can take. */
    public int sitesPerWave() {
        return crews * sitesPerCrewPerWave;
    }

    public boolean holdsCash(CashRule rule) {
        return cash.isPresent() && cashRule == rule;
    }

    /** The same limits with the cash rule in another place. */
    public PlanLimits withCashRule(CashRule rule) {
        return new PlanLimits(crews, sitesPerCrewPerWave, budgetPerWaveCents, cash, rule, lastOnTimeWave);
    }
}
