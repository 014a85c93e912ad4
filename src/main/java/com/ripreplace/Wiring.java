package com.ripreplace;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
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

    @Singleton
    InputLimits inputLimits(@Value("${ripreplace.limits.max-file-bytes:209715200}") long maxFileBytes,
                            @Value("${ripreplace.limits.max-rows-per-sheet:500000}") int maxRows,
                            @Value("${ripreplace.limits.max-columns:256}") int maxColumns,
                            @Value("${ripreplace.limits.max-inflate-ratio:200}") int maxInflateRatio,
                            @Value("${ripreplace.limits.max-unpacked-bytes:2147483648}") long maxUnpacked,
                            @Value("${ripreplace.limits.max-problems-per-file:500}") int maxProblems) {
        return new InputLimits(maxFileBytes, maxRows, maxColumns, maxInflateRatio, maxUnpacked, maxProblems);
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
