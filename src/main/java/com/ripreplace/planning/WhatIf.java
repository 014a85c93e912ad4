package com.ripreplace.planning;

import java.time.LocalDate;

/**
 * One line of the what-if table of a late plan: the plan made again, briefly, with one rule relaxed, and
 * where its last site then finishes.
 *
 * @param relaxation  the rule relaxed, in plain words ("one more crew", "access windows lifted")
 * @param lastFinish  the day the last site finishes with that rule relaxed
 * @param daysBeyond  days past the deadline in force (0 when on time)
 * @param daysGained  days earlier than the plan as it stands
 * @param onTime      true when the relaxation alone brings the finish inside the deadline
 * @param sentence    the line in words a reviewer accepts
 */
public record WhatIf(String relaxation, LocalDate lastFinish, long daysBeyond, long daysGained, boolean onTime,
                     String sentence) {
}
