package com.ripreplace.access;

/** An account that cannot be added or changed as asked, with the sentence that says why. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
