package com.ripreplace;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

/**
 * Builds the framework-free domain objects as beans, from configuration ({@code ripreplace.*} in
 * application.yml), so the domain packages never see Micronaut.
 */
@Factory
@SerdeImport(CheckReport.class)
@SerdeImport(CheckReport.Summary.class)
@SerdeImport(CheckReport.SiteEntry.class)
@SerdeImport(CheckReport.ItemEntry.class)
@SerdeImport(CheckReport.ProblemEntry.class)
public class Wiring {

    /** The input limits, bound once from {@code ripreplace.limits} (see {@link InputLimitsProperties}). */
    @Singleton
    InputLimits inputLimits(InputLimitsProperties configured) {
        return configured.limits();
    }

    /** The built-in cost catalog (docs/cost-model.md). */
    @Singleton
    com.ripreplace.cost.CostCatalog costCatalog() {
        return com.ripreplace.cost.CostCatalog.loadDefault();
    }

    @Singleton
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    @Singleton
    InventoryReader inventoryReader(InputLimits limits) {
        return new InventoryReader(limits);
    }

    /**
     * Created as the application starts ({@code @Context}), so the covered catalog loads on its own thread while
     * the framework finishes starting and is ready before the first inventory is read.
     */
    @Context
    InventoryCheck inventoryCheck(InventoryReader reader) {
        return InventoryCheck.loadingCatalogInBackground(reader, CoveredCatalog::loadDefault);
    }
}
