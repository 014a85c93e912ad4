package com.ripreplace.cost;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The programme's claim rule and the carrier's cash, wave by wave, in whole cents: the one piece of code
 * the solver's cash rule, the workbook's Waves sheet, {@code estimate} and the API all follow.
 * <ul>
 *   <li>On the last day of each wave a claim is filed for the reimbursable part of the sites done in it,
 *       cut to what is left of the allocation (first come, first served: an earlier wave's claim is paid
 *       in full before a later one gets anything).</li>
 *   <li>Each claim is paid in the wave its payment date (filing plus the lag) falls in.</li>
 *   <li>The cash balance at the end of a wave is starting cash + reimbursements received − spend, to date.</li>
 * </ul>
 */
public final class CashLedger {

    private final long startingCents;
    private final long allocationCents;
    private final int[] paymentWave;

    /**
     * @param paymentWave paymentWave[w] is the wave in which a claim filed at the end of wave w is paid
     *                    (at least w; it may lie past the last wave)
     */
    public CashLedger(long startingCents, OptionalLong allocationCents, int[] paymentWave) {
        this.startingCents = startingCents;
        this.allocationCents = allocationCents.orElse(Long.MAX_VALUE);
        this.paymentWave = paymentWave.clone();
        for (int w = 0; w < paymentWave.length; w++) {
            if (paymentWave[w] < w || (w > 0 && paymentWave[w] < paymentWave[w - 1])) {
                throw new IllegalArgumentException("Claims are paid in their own wave or later, in filing order");
            }
        }
    }

    /** The ledger of the programme terms over the given number of waves. */
    public static CashLedger of(ProgramTerms terms, int waves) {
        WaveCalendar calendar = terms.calendar();
        int[] paid = new int[waves];
        for (int w = 0; w < waves; w++) {
            paid[w] = calendar.waveOf(calendar.end(w).plusDays(terms.reimbursementLagDays()));
        }
        return new CashLedger(terms.startingCash().cents(),
                terms.allocation().map(a -> OptionalLong.of(a.cents())).orElse(OptionalLong.empty()), paid);
    }

    public int waves() {
        return paymentWave.length;
    }

    public int paymentWave(int filedIn) {
        return paymentWave[filedIn];
    }

    /** The claim filed at the end of each wave for the reimbursable amounts requested, after the cap. */
    public long[] claims(long[] requested) {
        long[] claims = new long[requested.length];
        long claimed = 0;
        for (int w = 0; w < requested.length; w++) {
            claims[w] = Math.min(requested[w], allocationCents - claimed);
            claimed += claims[w];
        }
        return claims;
    }

    /**
     * The lowest end-of-wave balance and the first wave it is reached in, when wave w spends spend[w] and
     * requests requested[w]. Payments that fall past the last wave come after every spend and cannot lower it.
     */
    public Lowest lowest(long[] spend, long[] requested) {
        long balance = startingCents;
        long lowest = Long.MAX_VALUE;
        int lowestWave = 0;
        long[] claims = claims(requested);
        int paid = 0;
        for (int t = 0; t < spend.length; t++) {
            balance -= spend[t];
            while (paid <= t && paymentWave[paid] <= t) {
                balance += claims[paid++];
            }
            if (balance < lowest) {
                lowest = balance;
                lowestWave = t;
            }
        }
        return new Lowest(lowest == Long.MAX_VALUE ? startingCents : lowest, lowestWave);
    }

    /** The received amount in each wave up to {@code horizon} (exclusive) for the claims filed. */
    public long[] received(long[] claims, int horizon) {
        long[] received = new long[horizon];
        for (int w = 0; w < claims.length; w++) {
            if (claims[w] != 0 && paymentWave[w] < horizon) {
                received[paymentWave[w]] += claims[w];
            }
        }
        return received;
    }

    /** The wave the last non-zero claim is paid in, or -1 when nothing is claimed. */
    public int lastPayment(long[] claims) {
        for (int w = claims.length - 1; w >= 0; w--) {
            if (claims[w] != 0) {
                return paymentWave[w];
            }
        }
        return -1;
    }

    public long startingCents() {
        return startingCents;
    }

    /** The lowest balance in cents and the wave (0-based) it is first reached in. */
    public record Lowest(long balanceCents, int wave) {
    }

    @Override
    public String toString() {
        return "CashLedger[start=" + startingCents + ", allocation=" + allocationCents + ", paid="
                + Arrays.toString(paymentWave) + "]";
    }
}
