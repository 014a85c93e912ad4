package com.ripreplace.service;

/** What was asked for does not exist (or, once users sign in, is not theirs to see): answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException inventory(long id) {
        return new NotFoundException("No inventory has id " + id + ".");
    }

    public static NotFoundException plan(long id) {
        return new NotFoundException("No plan has id " + id + ".");
    }
}
