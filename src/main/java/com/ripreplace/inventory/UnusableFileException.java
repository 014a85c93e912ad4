package com.ripreplace.inventory;

/** A file that cannot be read at all: empty, damaged, encrypted, hostile or not a spreadsheet. */
public class UnusableFileException extends Exception {

    private final transient Problem problem;

    public UnusableFileException(Problem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public UnusableFileException(String file, String message) {
        this(Problem.ofFile(file, message));
    }

    public Problem problem() {
        return problem;
    }
}
