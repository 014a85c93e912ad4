package com.ripreplace.workbook;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostKind;
import com.ripreplace.cost.CostLine;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.Problem;
import com.ripreplace.inventory.ProgramSettings;
import com.ripreplace.inventory.Site;
import com.ripreplace.inventory.SourceRef;
import com.ripreplace.planning.Assignment;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A plan made up from a seed, for measuring the writer at sizes no sample reaches: {@code sites} sites of
 * {@code linesPerSite} lines of gear each, about half of them covered Huawei or ZTE gear, spread over
 * {@code waves} monthly waves from January 2027 with the catalog's example figures. Not a solved plan:
 * the shape and the amount of data are what matter.
 */
record SyntheticPlan(int sites, int linesPerSite, int waves, long seed) {

    /** The large plan: 10,000 sites, 100,000 lines of gear. */
    static final SyntheticPlan TEN_THOUSAND_SITES = new SyntheticPlan(10_000, 10, 24, 42);

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2028, 12, 31);
    private static final LocalDate CUTOFF = LocalDate.of(2020, 6, 30);
    private static final BigDecimal CONTINGENCY = new BigDecimal("0.10");
    private static final String FILE = "synthetic-inventory.xlsx";

    /** A category with its catalog figures: unit, installation, removal, disposal. */
    private record Category(String name, long unit, long installation, long removal, long disposal) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("RAN Baseband", 45_000, 6_000, 1_500, 400),
            new Category("Radio Unit", 18_000, 3_500, 1_200, 250),
            new Category("Antenna", 6_500, 2_500, 1_000, 200),
            new Category("Microwave", 28_000, 5_000, 1_500, 300),
            new Category("IP Routing", 22_000, 3_000, 800, 200),
            new Category("Power", 15_000, 4_000, 1_200, 600),
            new Category("ONT/CPE", 350, 150, 40, 15));
    private static final String[] OTHER_VENDORS = {"Ericsson", "Nokia", "Cisco", "Juniper", "Ciena", "CommScope"};

    SyntheticPlan {
        if (sites < 0 || linesPerSite < 1 || waves < 1) {
            throw new IllegalArgumentException("A synthetic plan needs sites >= 0, lines per site >= 1 and waves >= 1");
        }
    }

    PlanOutcome build() {
        Random random = new Random(seed);
        ProgramTerms terms = ProgramTerms.resolve(new ProgramSettings("Synthetic Mutual Telephone", "0099999999", null,
                        null, null, null, List.of(), null, null, null, null, null, null, null, null),
                new ProgramTerms.Overrides(new BigDecimal("0.395"), null, 180, new BigDecimal("25000000"), null,
                        "month", START, DEADLINE, null, 50, 10), START.minusMonths(1));
        List<CheckedItem> items = new ArrayList<>(sites * linesPerSite);
        List<SiteEstimate> estimates = new ArrayList<>(sites);
        List<ScheduledSite> schedule = new ArrayList<>(sites);
        Map<String, Integer> waveBySite = new HashMap<>();
        int row = 2;
        for (int i = 0; i < sites; i++) {
            String siteId = String.format("SY-%05d", i + 1);
            List<CostLine> lines = new ArrayList<>();
            int covered = 0;
            for (int l = 0; l < linesPerSite; l++) {
                SourceRef source = new SourceRef(FILE, "Equipment", row++);
                Category category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                boolean isCovered = random.nextInt(100) < 45 || (l == linesPerSite - 1 && covered == 0);
                String vendor = isCovered ? (random.nextBoolean() ? "Huawei" : "ZTE")
                        : OTHER_VENDORS[random.nextInt(OTHER_VENDORS.length)];
                LocalDate bought = random.nextInt(20) == 0 ? null : LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000));
                boolean reimbursable = isCovered && bought != null && !bought.isAfter(CUTOFF);
                int quantity = 1 + random.nextInt(3);
                EquipmentLine line = new EquipmentLine(source, siteId, vendor, vendor.toUpperCase().charAt(0) + "X-"
                        + (1000 + random.nextInt(9000)), Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(),
                        category.name(), quantity, bought, null, null, null, null, Map.of());
                Finding finding = isCovered
                        ? new Finding(true, vendor.toUpperCase(), 0.9 + random.nextInt(10) / 100.0, bought == null,
                        bought == null ? "Vendor " + vendor + " is on the Covered List; no purchase date, so "
                                + "reimbursement is not assumed" : "Vendor " + vendor + " is on the Covered List",
                        reimbursable, random.nextInt(200) == 0)
                        : new Finding(false, null, 0.95, false, "Vendor " + vendor + " is not on the Covered List", false,
                        false);
                items.add(new CheckedItem(line, finding));
                if (isCovered) {
                    covered++;
                    long[] units = {category.unit(), category.installation(), category.removal(), category.disposal()};
                    CostKind[] kinds = {CostKind.EQUIPMENT, CostKind.INSTALLATION, CostKind.REMOVAL, CostKind.DISPOSAL};
                    for (int k = 0; k < kinds.length; k++) {
                        Money amount = Money.of(units[k]).times(quantity);
                        lines.add(new CostLine(siteId, source, category.name(), kinds[k], quantity, Money.of(units[k]),
                                amount, reimbursable ? amount : Money.ZERO, "catalog " + category.name()));
                    }
                }
            }
            SiteEstimate estimate = site(siteId, lines, covered, terms);
            estimates.add(estimate);
            int wave = (int) ((long) i * waves / Math.max(1, sites));
            waveBySite.put(siteId, wave);
            LocalDate start = terms.calendar().start(wave).plusDays(random.nextInt(20));
            LocalDate finish = start.plusDays(2 + random.nextInt(6));
            Site site = new Site(siteId, "Tower " + (i + 1), 44.0, -105.0, "WY", "Tower", random.nextInt(20) == 0,
                    100 + random.nextInt(5000), i > 0 && random.nextInt(10) == 0
                    ? List.of(String.format("SY-%05d", i)) : List.of(), List.of(), null, new SourceRef(FILE, "Sites", 2 + i));
            Assignment assignment = new Assignment(wave, i % terms.crews(), 1 + (i / terms.crews())
                    % terms.sitesPerCrewPerWave(), start, finish);
            schedule.add(new ScheduledSite(site, estimate, assignment, estimate.reimbursable(), Optional.of(DEADLINE)));
        }
        CostEstimate estimate = estimate(estimates, terms);
        List<WaveCashFlow> cash = new CashFlow(estimate, terms).follow(waveBySite, Map.of());
        List<Problem> notes = new ArrayList<>();
        for (int n = 0; n < Math.min(200, sites); n++) {
            notes.add(new Problem(FILE, "Equipment", 2 + n * 50, "G", "Purchase Date",
                    "Purchase Date is blank; the line is flagged for review"));
        }
        return new PlanOutcome(terms, estimate, schedule, cash, "0hard/0soft", true, true, Optional.empty(), List.of(),
                List.of(new Inventory.SourceFile(FILE, "xlsx", "0".repeat(64))), LocalDateTime.of(2026, 12, 1, 9, 0),
                "synthetic plan, seed " + seed, items, notes);
    }

    /** The per-site costs and the contingency, the eligible share of each as the gear's (cost model). */
    private static SiteEstimate site(String siteId, List<CostLine> gear, int covered, ProgramTerms terms) {
        Money gearTotal = gear.stream().map(CostLine::amount).reduce(Money.ZERO, Money::plus);
        Money gearEligible = gear.stream().map(CostLine::eligibleAmount).reduce(Money.ZERO, Money::plus);
        BigDecimal share = gearTotal.isZero() ? BigDecimal.ZERO
                : gearEligible.amount().divide(gearTotal.amount(), MathContext.DECIMAL64);
        List<CostLine> lines = new ArrayList<>(gear);
        Money beforeContingency = gearTotal;
        for (CostKind kind : List.of(CostKind.MOBILISATION, CostKind.TOWER_CLIMB, CostKind.ENGINEERING)) {
            Money amount = Money.of(kind == CostKind.MOBILISATION ? 4_500 : kind == CostKind.TOWER_CLIMB ? 6_000 : 9_000);
            lines.add(new CostLine(siteId, null, null, kind, 1, amount, amount, amount.times(share), "catalog"));
            beforeContingency = beforeContingency.plus(amount);
        }
        Money contingency = beforeContingency.times(CONTINGENCY);
        lines.add(new CostLine(siteId, null, null, CostKind.CONTINGENCY, 1, contingency, contingency,
                contingency.times(share), "catalog"));
        Money total = lines.stream().map(CostLine::amount).reduce(Money.ZERO, Money::plus);
        Money eligible = lines.stream().map(CostLine::eligibleAmount).reduce(Money.ZERO, Money::plus);
        Money reimbursable = terms.fundingRule().reimbursementOf(eligible);
        return new SiteEstimate(siteId, lines, total, eligible, reimbursable, total.minus(reimbursable), covered, 120);
    }

    private static CostEstimate estimate(List<SiteEstimate> sites, ProgramTerms terms) {
        Money total = sites.stream().map(SiteEstimate::total).reduce(Money.ZERO, Money::plus);
        Money eligible = sites.stream().map(SiteEstimate::eligible).reduce(Money.ZERO, Money::plus);
        Money reimbursable = sites.stream().map(SiteEstimate::reimbursable).reduce(Money.ZERO, Money::plus);
        return new CostEstimate(sites, total, eligible, terms.fundingFactor(), terms.allocation(), reimbursable,
                reimbursable, Money.ZERO, total.minus(reimbursable), "synthetic (catalog example figures)");
    }
}
