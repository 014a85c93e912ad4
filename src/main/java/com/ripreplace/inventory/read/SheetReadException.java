package com.ripreplace.inventory.read;

import com.ripreplace.inventory.Problem;

/** Thrown from a row stream when the file cannot be read further; carries the located problem. */
public class SheetReadException extends RuntimeException {

    private final transient Problem problem;

    public SheetReadException(Problem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
