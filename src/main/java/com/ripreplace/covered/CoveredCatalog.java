package com.ripreplace.covered;

public final class CoveredCatalog {
    public static CoveredCatalog loadDefault() { return new CoveredCatalog(); }
    public String version() { return "first-cut"; }
}
