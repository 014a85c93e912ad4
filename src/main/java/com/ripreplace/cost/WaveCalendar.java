package com.ripreplace.cost;

import java.time.LocalDate;
import java.util.Objects;

/** Waves as dates: wave 0 starts on the planning start; each lasts a month or a quarter. */
public record WaveCalendar(LocalDate planningStart, WaveLength length) {

    public WaveCalendar {
        Objects.requireNonNull(planningStart, "planningStart");
        Objects.requireNonNull(length, "length");
    }

    public LocalDate start(int wave) {
        return planningStart.plusMonths((long) wave * length.months());
    }

    /** The last day of the wave. */
    public LocalDate end(int wave) {
        return start(wave + 1).minusDays(1);
    }

    /** The wave a date falls in (negative before the planning start). */
    public int waveOf(LocalDate date) {
        int guess = (int) (java.time.temporal.ChronoUnit.MONTHS.between(planningStart.withDayOfMonth(1),
                date.withDayOfMonth(1)) / length.months());
        while (start(guess).isAfter(date)) {
            guess--;
        }
        while (!end(guess).isAfter(date) && !end(guess).equals(date)) {
            guess++;
        }
        return guess;
    }
}
