package com.ripreplace.planning;

/**
 * The numbers the hard rules compare against; money in whole cents.
 *
 * @param budgetPerWaveCents  -1 when there is no budget per wave
 * @param startingCashCents   -1 when no starting cash is given (the cash rule then does not apply)
 * @param lastOnTimeWave      the last wave that ends by the deadline in force; Integer.MAX_VALUE without a deadline
 */
public record PlanLimits(int crews, int sitesPerCrewPerWave, long budgetPerWaveCents, long startingCashCents,
                         int lastOnTimeWave) {

    public boolean hasStartingCash() {
        return startingCashCents >= 0;
    }

    public boolean hasBudget() {
        return budgetPerWaveCents >= 0;
    }
}
