package com.ripreplace.planning;

import java.time.LocalDate;
import java.util.Set;

/**
 * A wave as the solver sees it: its dates, the months it spans, and how many days past the deadline in
 * force it ends (0 when on time).
 */
public record Wave(int index, LocalDate start, LocalDate end, Set<Integer> months, long daysLate) {

    public Wave {
        months = Set.copyOf(months);
    }
}
