package com.ripreplace.service;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCashFlow;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cost estimate of a stored inventory under given settings, as {@code estimate} prints it. */
@Singleton
public class Estimates {

    private final StoredInventories inventories;
    private final CostCatalog catalog;
    private final Clock clock;

    Estimates(StoredInventories inventories, CostCatalog catalog, Clock clock) {
        this.inventories = inventories;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** An estimate with the settings in force and the cash flow of the sites taken in inventory order. */
    public record Estimate(ProgramTerms terms, CostEstimate estimate, List<WaveCashFlow> cashFlow) {
    }

    public Estimate estimate(long inventoryId, ProgramTerms.Overrides overrides) {
        CheckResult result = inventories.read(inventoryId);
        ProgramTerms terms = ProgramTerms.resolve(result.inventory().program(), overrides, LocalDate.now(clock));
        CostEstimate estimate = new CostEstimator(catalog.withCosts(result.inventory().costs()), terms.fundingRule())
                .estimate(result.inventory().sites(), result.items());
        int perWave = terms.crews() * terms.sitesPerCrewPerWave();
        Map<String, Integer> waves = new LinkedHashMap<>();
        int index = 0;
        for (SiteEstimate site : estimate.sites()) {
            waves.put(site.siteId(), index++ / perWave);
        }
        return new Estimate(terms, estimate, new CashFlow(estimate, terms).follow(waves, Map.of()));
    }
}
