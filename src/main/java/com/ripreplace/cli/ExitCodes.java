package com.ripreplace.cli;

/** The exit codes of the contract (docs/contracts.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** A defect, or a service that cannot start (one sentence on stderr says why). */
    public static final int INTERNAL_ERROR = 1;
    public static final int UNUSABLE_INPUT = 2;
    public static final int HARD_RULE_BROKEN = 3;

    private ExitCodes() {
    }
}
