package com.ripreplace.cli;

import com.ripreplace.covered.CoveredCatalog;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the product's version and the Covered List its findings reflect. */
public class PlannerVersion implements IVersionProvider {

    static final String PRODUCT = "Rip & Replace Planner 0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {PRODUCT, "Findings reflect the " + CoveredCatalog.loadDefault().edition().describe()};
    }
}
