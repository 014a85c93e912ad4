package com.ripreplace.service;

/** The request does not fit the state of what it names (a workbook of a plan still solving): answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
