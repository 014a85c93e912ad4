package com.ripreplace.covered;

/** The catalog file cannot be used; the message names the entry and what is wrong with it. */
public class CatalogFormatException extends RuntimeException {

    public CatalogFormatException(String message) {
        super(message);
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
