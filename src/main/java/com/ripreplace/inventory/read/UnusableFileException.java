package com.ripreplace.inventory.read;

/** A file that cannot be read at all: empty, damaged, encrypted, hostile or not a spreadsheet. */
public class UnusableFileException extends Exception {

    private final transient ReadProblem problem;

    public UnusableFileException(String file, String message) {
        super(ReadProblem.ofFile(file, message).describe());
        this.problem = ReadProblem.ofFile(file, message);
    }

    public ReadProblem problem() {
        return problem;
    }
}
