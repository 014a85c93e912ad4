package com.ripreplace.inventory.read;

/** Thrown from a row stream when the file cannot be read further; carries the located problem. */
public class SheetReadException extends RuntimeException {

    private final transient ReadProblem problem;

    public SheetReadException(ReadProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public ReadProblem problem() {
        return problem;
    }
}
