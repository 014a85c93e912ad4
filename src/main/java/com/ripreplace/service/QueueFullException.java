package com.ripreplace.service;

/** The planning queue holds as many plans as it may: answered 503, try again later. */
public class QueueFullException extends RuntimeException {

    public QueueFullException(String message) {
        super(message);
    }
}
