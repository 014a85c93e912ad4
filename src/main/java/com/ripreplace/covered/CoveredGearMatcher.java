package com.ripreplace.covered;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, for each inventory line, whether it is covered gear, which entity, how sure, whether a person must
 * look, why, and whether replacing it is reimbursable. Uses every signal on the line together: vendor, model,
 * description and MAC. Thread-safe; build one per catalog and share it.
 *
 * <p>Inventories repeat themselves (the same vendor, model and description on thousands of lines), so the
 * coverage verdict of recently seen lines is remembered, keyed by every cell it depends on; the date-dependent
 * rules (ownership periods, reimbursement) and overrides are applied to each line afresh.
 */
public final class CoveredGearMatcher {

    /** How many distinct lines are remembered before the memory is cleared and starts again. */
    private static final int REMEMBERED_LINES = 20_000;

    private record LineKey(String vendor, String model, String description, String category, String mac) {
    }

    private final Map<LineKey, Verdict> recent = new ConcurrentHashMap<>();

    private final LineReader reader;
    private final List<CoverageRule> rules;
    private final OwnershipPeriodRule ownershipPeriods = new OwnershipPeriodRule();
    private final ServiceScopeRule serviceScope = new ServiceScopeRule();
    private final OverrideRule overrides;
    private final ReimbursementRule reimbursement;

    public CoveredGearMatcher(CoveredCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        this.reader = new LineReader(catalog.names, catalog.modelFamilies, catalog.macBlocks, catalog.placeholderVendors());
        this.rules = List.of(new CoveredVendorRule(), new LookalikeRule(), new KnownMakerRule(), new UnnamedVendorRule());
        this.overrides = new OverrideRule(catalog.names);
        this.reimbursement = new ReimbursementRule(catalog.reimbursement(), catalog.entitiesByCode());
    }

    public Finding assess(GearLine line) {
        return assess(line, Optional.empty());
    }

    /** The matcher's verdict, with the engineer's override (if any) applied on top. */
    public Finding assess(GearLine line, Optional<Override> override) {
        Objects.requireNonNull(line, "line");
        // A MAC outside every covered block reads as no MAC at all, so it need not split the memory.
        String telling = reader.macIsTelling(line.mac()) ? line.mac() : null;
        LineKey key = new LineKey(line.vendor(), line.model(), line.description(), line.category(), telling);
        Verdict verdict = recent.get(key);
        if (verdict == null) {
            verdict = decide(reader.read(line));
            if (recent.size() >= REMEMBERED_LINES) {
                recent.clear();
            }
            recent.put(key, verdict);
        }
        verdict = ownershipPeriods.apply(verdict, line.purchaseDate());
        if (override != null && override.isPresent()) {
            verdict = overrides.apply(verdict, override.get());
        }
        return reimbursement.finish(verdict, line.purchaseDate());
    }

    /** The coverage verdict from the cells alone (nothing here depends on the purchase date). */
    private Verdict decide(LineReading reading) {
        for (CoverageRule rule : rules) {
            Optional<Verdict> decided = rule.decide(reading);
            if (decided.isPresent()) {
                return serviceScope.apply(decided.get(), reading);
            }
        }
        throw new IllegalStateException("no coverage rule decided the line; the last rule must always decide");
    }
}
