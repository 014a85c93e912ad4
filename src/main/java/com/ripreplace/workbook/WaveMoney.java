package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The money of the Schedule sheet added up wave by wave: each site's Estimated Cost and Reimbursable Cost
 * (what the programme pays for it after the allocation cap). The Schedule is the workbook's one source of
 * truth for total cost, reimbursable and carrier-paid: the Waves sheet's Spend and Claimed are live sums of
 * its rows by wave, and the Cost Plan and Reimbursement sheets link to the Waves sheet. These are the figures
 * those formulas compute, which they carry as their cached values.
 */
final class WaveMoney {

    private final Map<Integer, Money> spend = new TreeMap<>();
    private final Map<Integer, Money> reimbursable = new TreeMap<>();
    private Money totalCost = Money.ZERO;
    private Money totalReimbursable = Money.ZERO;

    private WaveMoney() {
    }

    static WaveMoney of(PlanOutcome plan) {
        WaveMoney money = new WaveMoney();
        for (ScheduledSite site : plan.schedule()) {
            money.spend.merge(site.wave(), orZero(site.estimatedCost()), Money::plus);
            money.reimbursable.merge(site.wave(), orZero(site.reimbursableCost()), Money::plus);
            money.totalCost = money.totalCost.plus(orZero(site.estimatedCost()));
            money.totalReimbursable = money.totalReimbursable.plus(orZero(site.reimbursableCost()));
        }
        return money;
    }

    /** The Estimated Cost of the sites worked in the wave (0-based). */
    Money spend(int wave) {
        return spend.getOrDefault(wave, Money.ZERO);
    }

    /** The Reimbursable Cost of the sites worked in the wave (0-based): the claim filed for it. */
    Money reimbursable(int wave) {
        return reimbursable.getOrDefault(wave, Money.ZERO);
    }

    Money totalCost() {
        return totalCost;
    }

    Money totalReimbursable() {
        return totalReimbursable;
    }

    Money totalCarrierPaid() {
        return totalCost.minus(totalReimbursable);
    }

    /**
     * The cash balance at the end of each wave of the plan's cash flow, as the Waves sheet's formulas compute it:
     * the starting cash, plus reimbursements received and own funding, less the spend of the Schedule's sites.
     */
    List<Money> balances(PlanOutcome plan) {
        List<Money> balances = new ArrayList<>();
        Money balance = plan.terms().startingCash();
        for (WaveCashFlow wave : plan.waves()) {
            balance = balance.plus(wave.received()).plus(wave.ownFunding()).minus(spend(wave.wave()));
            balances.add(balance);
        }
        return balances;
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
