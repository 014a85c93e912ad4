package com.ripreplace.cli;

/** The exit codes of the contract (docs/contracts.md). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNUSABLE_INPUT = 2;
    public static final int HARD_RULE_BROKEN = 3;

    private ExitCodes() {
    }
}
