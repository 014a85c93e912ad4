package com.ripreplace.planning;

import com.ripreplace.cost.Money;

import java.time.LocalDate;

/**
 * The other answer when cash binds: the financing that lets the carrier finish on time (or, when the
 * physical rules alone make it late, as early as they allow), with every other rule kept.
 *
 * @param amount      the least peak shortfall found over such schedules (what the carrier must borrow)
 * @param wave        the wave in which that shortfall is reached, as a person counts (1 = the first)
 * @param reachedOn   the last day of that wave
 * @param lastFinish  the day the last site finishes in that schedule
 * @param onTime      true when that schedule meets the deadline in force
 */
public record BridgeFinancing(Money amount, int wave, LocalDate reachedOn, LocalDate lastFinish, boolean onTime) {
}
