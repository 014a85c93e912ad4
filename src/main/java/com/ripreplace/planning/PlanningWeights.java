package com.ripreplace.planning;

/**
 * Weights of the soft goals (the hard rules and the deadline always come first).
 *
 * @param exposure    per wave of delay, per subscriber served by covered gear (a critical site counts as 1,000 more)
 * @param critical    extra per wave of delay of a critical site
 * @param travel      per kilometre between two sites of one crew in one wave
 * @param balance     per square of a crew's site count (keeps crews evenly loaded)
 * @param finishEarly per wave index of every site (finish the programme early)
 */
public record PlanningWeights(long exposure, long critical, long travel, long balance, long finishEarly) {

    public static final PlanningWeights DEFAULTS = new PlanningWeights(1, 1_000, 10, 50, 100);

    public PlanningWeights {
        if (exposure < 0 || critical < 0 || travel < 0 || balance < 0 || finishEarly < 0) {
            throw new IllegalArgumentException("Planning weights cannot be negative");
        }
    }
}
