package com.ripreplace.service;

/** A setting sent with a request that cannot be used, named in the message: answered 422. */
public class InvalidSettingsException extends RuntimeException {

    public InvalidSettingsException(String message) {
        super(message);
    }
}
