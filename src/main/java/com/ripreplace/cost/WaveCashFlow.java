package com.ripreplace.cost;

import java.time.LocalDate;

/**
 * The money of one wave.
 *
 * @param claimed           reimbursement claimed for this wave's eligible spend, filed on the wave's last day
 * @param claimPaidOn       when that claim is expected to be paid (filing date plus the lag), or null when nothing is claimed
 * @param received          reimbursements whose payment falls in this wave
 * @param carrierShare      spend less claimed: what the carrier pays for this wave's work
 * @param cashBalance       starting cash + reimbursements received + own funding - spend, to the end of this wave
 */
public record WaveCashFlow(int wave, LocalDate start, LocalDate end, int sites, Money spend, Money eligibleSpend,
                           Money claimed, LocalDate claimPaidOn, Money received, Money ownFunding,
                           Money cumulativeSpend, Money cumulativeReceived, Money allocationUsed, Money allocationLeft,
                           Money carrierShare, Money cashBalance) {
}
