package com.ripreplace.planning;

import com.ripreplace.cost.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the money costs a plan: its lowest cash balance (the financing the carrier needs is the part of it
 * below zero) and, when the cash the carrier has cannot carry the work to the deadline, the other answer:
 * the bridge financing that would let it finish on time.
 *
 * @param startingCashGiven     false when no starting cash was given: the balance then starts at zero and the
 *                              plan does not hold the cash rule
 * @param lowestBalance         the lowest cash balance over the plan's waves
 * @param lowestWave            the wave it is first reached in, as a person counts (1 = the first)
 * @param lowestOn              the last day of that wave
 * @param shortfallUnavoidable  true when starting cash and every reimbursement the allocation allows come to less
 *                              than the cost: no schedule can keep the balance at or above zero
 * @param bridge                the least peak shortfall over schedules that finish on time (or as early as the
 *                              physical rules allow), when the plan within the cash finishes later than that
 * @param sentences             the answer in plain words, for the terminal, the Summary sheet and the API
 */
public record CashAnswer(boolean startingCashGiven, Money lowestBalance, int lowestWave, LocalDate lowestOn,
                         boolean shortfallUnavoidable, Optional<BridgeFinancing> bridge, List<String> sentences) {

    public CashAnswer {
        bridge = bridge == null ? Optional.empty() : bridge;
        sentences = List.copyOf(sentences);
    }

    /** The financing the carrier needs: how far the balance goes below zero (zero when it never does). */
    public Money financingNeeded() {
        return lowestBalance.isNegative() ? lowestBalance.negate() : Money.ZERO;
    }
}
