package com.ripreplace.planning;

import com.ripreplace.cost.Numbering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when a site is worked: its wave, its crew, its place in the crew's route and the days the work spans.
 *
 * @param wave        0-based wave index (wave 1 in everything a person reads, see {@link Numbering})
 * @param crew        0-based crew index (crew 1 in everything a person reads, see {@link Numbering})
 * @param travelOrder the site's position (1-based) in its crew's route within the wave
 */
public record Assignment(int wave, int crew, int travelOrder, LocalDate start, LocalDate finish) {

    public Assignment {
        if (wave < 0 || crew < 0) {
            throw new IllegalArgumentException("A wave and a crew are counted from 0, not " + wave + " and " + crew);
        }
        if (travelOrder < 1) {
            throw new IllegalArgumentException("A travel order is counted from 1, not " + travelOrder);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        if (finish.isBefore(start)) {
            throw new IllegalArgumentException("The work cannot finish (" + finish + ") before it starts (" + start + ")");
        }
    }
}
