package com.ripreplace.cost;

/**
 * Waves and crews as a person reads them. The plan and the cash flow count waves and crews from 0, as arrays do;
 * every sheet, message and report a person reads counts them from 1 ("wave 1", "crew 1"). This is the one place
 * that turns the one into the other.
 */
public final class Numbering {

    private Numbering() {
    }

    /** The wave a person reads: wave index 0 is wave 1. */
    public static int wave(int index) {
        return index + 1;
    }

    /** The crew a person reads: crew index 0 is crew 1. */
    public static int crew(int index) {
        return index + 1;
    }
}
