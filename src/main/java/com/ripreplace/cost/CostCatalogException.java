package com.ripreplace.cost;

/** A cost catalog file that cannot be used; the message says where and why. */
public class CostCatalogException extends RuntimeException {
    public CostCatalogException(String message) {
        super(message);
    }
}
