package com.ripreplace.cost;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Site;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the estimate from the checked lines of gear: each line the {@link ReplacementRule} selects is replaced
 * (equipment, installation, removal, certified disposal, times its quantity); each site with such gear adds
 * mobilisation, engineering, a tower climb where its type needs one, and the contingency. Other lines (not
 * covered, or category gear that may stay in service) are not replaced and cost nothing here.
 */
public final class CostEstimator {

    private final CostCatalog catalog;
    private final FundingRule funding;
    private final ReplacementRule replacement = new ReplacementRule();

    public CostEstimator(CostCatalog catalog, FundingRule funding) {
        this.catalog = catalog;
        this.funding = funding;
    }

    public CostEstimate estimate(List<Site> sites, List<CheckedItem> items) {
        Map<String, List<CheckedItem>> coveredBySite = new LinkedHashMap<>();
        for (CheckedItem item : items) {
            if (replacement.replaces(item)) {
                coveredBySite.computeIfAbsent(item.line().siteId(), k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, Site> siteById = new LinkedHashMap<>();
        sites.forEach(s -> siteById.put(s.siteId(), s));
        List<SiteEstimate> estimates = new ArrayList<>();
        for (Map.Entry<String, List<CheckedItem>> entry : coveredBySite.entrySet()) {
            estimates.add(site(entry.getKey(), siteById.get(entry.getKey()), entry.getValue()));
        }
        Money total = Money.ZERO;
        Money eligible = Money.ZERO;
        Money reimbursableBeforeCap = Money.ZERO;
        for (SiteEstimate s : estimates) {
            total = total.plus(s.total());
            eligible = eligible.plus(s.eligible());
            reimbursableBeforeCap = reimbursableBeforeCap.plus(s.reimbursable());
        }
        Money reimbursable = funding.capped(reimbursableBeforeCap, Money.ZERO);
        return new CostEstimate(estimates, total, eligible, funding.fundingFactor(), funding.allocation(),
                reimbursableBeforeCap, reimbursable, reimbursableBeforeCap.minus(reimbursable), total.minus(reimbursable),
                catalog.version() + " (" + catalog.source() + ")");
    }

    private SiteEstimate site(String siteId, Site site, List<CheckedItem> covered) {
        List<CostLine> lines = new ArrayList<>();
        Money itemsTotal = Money.ZERO;
        Money itemsEligible = Money.ZERO;
        int leadTime = 0;
        for (CheckedItem item : covered) {
            EquipmentLine line = item.line();
            CategoryCost category = catalog.categoryFor(line.category());
            leadTime = Math.max(leadTime, category.leadTimeDays());
            boolean eligible = item.finding().reimbursable();
            String where = line.source().file() + (line.source().sheet() == null ? "" : " › " + line.source().sheet())
                    + " row " + line.source().row();
            String categoryBasis = line.category() == null || catalog.match(line.category()).isEmpty()
                    ? "catalog " + category.name() + " (category '" + (line.category() == null ? "" : line.category())
                    + "' not recognised)" : "catalog " + category.name();
            Money unit = line.unitReplacementCost() == null ? category.unit() : Money.rounded(line.unitReplacementCost());
            String unitBasis = line.unitReplacementCost() == null ? categoryBasis : "Unit Replacement Cost on " + where;
            lines.add(itemLine(siteId, item, category, CostKind.EQUIPMENT, unit, eligible, unitBasis));
            lines.add(itemLine(siteId, item, category, CostKind.INSTALLATION, category.installation(), eligible, categoryBasis));
            lines.add(itemLine(siteId, item, category, CostKind.REMOVAL, category.removal(), eligible, categoryBasis));
            lines.add(itemLine(siteId, item, category, CostKind.DISPOSAL, category.disposal(), eligible, categoryBasis));
        }
        for (CostLine l : lines) {
            itemsTotal = itemsTotal.plus(l.amount());
            itemsEligible = itemsEligible.plus(l.eligibleAmount());
        }
        BigDecimal eligibleShare = itemsTotal.isZero() ? BigDecimal.ZERO
                : itemsEligible.amount().divide(itemsTotal.amount(), MathContext.DECIMAL64);
        CostCatalog.SiteCosts costs = catalog.siteCosts();
        List<CostLine> siteLines = new ArrayList<>();
        siteLines.add(siteLine(siteId, CostKind.MOBILISATION, costs.mobilisation(), eligibleShare,
                costs.basis().get(CostKind.MOBILISATION)));
        if (needsClimb(site)) {
            siteLines.add(siteLine(siteId, CostKind.TOWER_CLIMB, costs.towerClimb(), eligibleShare,
                    costs.basis().get(CostKind.TOWER_CLIMB) + (site == null || site.siteType() == null
                            ? "; site type not given, so a tower is assumed" : "")));
        }
        siteLines.add(siteLine(siteId, CostKind.ENGINEERING, costs.engineering(), eligibleShare,
                costs.basis().get(CostKind.ENGINEERING)));
        Money beforeContingency = itemsTotal;
        for (CostLine l : siteLines) {
            beforeContingency = beforeContingency.plus(l.amount());
        }
        siteLines.add(siteLine(siteId, CostKind.CONTINGENCY, beforeContingency.times(catalog.contingency()), eligibleShare,
                catalog.contingencyBasis()));
        lines.addAll(siteLines);
        Money total = Money.ZERO;
        Money eligible = Money.ZERO;
        for (CostLine l : lines) {
            total = total.plus(l.amount());
            eligible = eligible.plus(l.eligibleAmount());
        }
        Money reimbursable = funding.reimbursementOf(eligible);
        return new SiteEstimate(siteId, lines, total, eligible, reimbursable, total.minus(reimbursable), covered.size(),
                leadTime);
    }

    private static CostLine itemLine(String siteId, CheckedItem item, CategoryCost category, CostKind kind, Money unit,
                                     boolean eligible, String basis) {
        Money amount = unit.times(item.line().quantity());
        return new CostLine(siteId, item.line().source(), category.name(), kind, item.line().quantity(), unit, amount,
                eligible ? amount : Money.ZERO, basis);
    }

    private static CostLine siteLine(String siteId, CostKind kind, Money amount, BigDecimal eligibleShare, String basis) {
        return new CostLine(siteId, null, null, kind, 1, amount, amount, amount.times(eligibleShare), basis);
    }

    private boolean needsClimb(Site site) {
        String type = site == null || site.siteType() == null ? "" : site.siteType();
        String key = type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return catalog.siteCosts().climbSiteTypes().contains(key);
    }
}
