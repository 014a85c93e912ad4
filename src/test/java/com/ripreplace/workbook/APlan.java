package com.ripreplace.workbook;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostKind;
import com.ripreplace.cost.CostLine;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCalendar;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.Problem;
import com.ripreplace.inventory.ProgramSettings;
import com.ripreplace.inventory.Site;
import com.ripreplace.inventory.SourceRef;
import com.ripreplace.planning.Assignment;
import com.ripreplace.planning.BridgeFinancing;
import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.CashAnswer;
import com.ripreplace.planning.Extension;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.planning.WhatIf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan for workbook tests, described by name: {@code aPlanOf(3).sitesOverWaves(2).build()}.
 *
 * <p>Every plan has a funding factor of 50%, claims paid 45 days after filing, $50,000 starting cash, a
 * budget of $250,000 per wave, monthly waves from January 2027, two crews and the carrier's own $20,000
 * in the second wave. Site {@code n} (from 1) costs $100,000.25 + (n - 1) × $1,234.50, 80% of it eligible;
 * the sites are spread evenly over the waves, alternating crews. The schedule is handed to the writer in
 * reverse, so its own ordering is what the workbook shows.
 *
 * <p>Each site has three lines of gear on the inventory's {@code Equipment} sheet (rows 2, 3, 4 for the first
 * site, 5, 6, 7 for the second, ...): two Huawei RRU3908 radios ($36,000 equipment, $7,000 installation,
 * $2,400 removal, $500 disposal), a ZTE microwave ($27,000, $5,000, $1,500, $300), both reimbursable, and an
 * Ericsson router that is not covered and costs nothing. Per site: mobilisation $4,500 ($300.20 eligible), a
 * tower climb $6,000, engineering $9,000 + (n - 1) × $1,234.50 ((n - 1) × $987.60 eligible) and a contingency
 * of $800.25, which makes the totals above. The second site's microwave finding was overridden by an engineer;
 * the third site's router needs review. (The Schedule's covered-item counts, 2 + (n - 1) mod 3, are the
 * fixture's own and do not count these lines.) One import warning, unless told otherwise.
 *
 * <p>Each site's Reimbursable Cost on the schedule is what the programme pays for it after the allocation cap:
 * claims served wave by wave, first come first served, in work order (the default $100,000 allocation runs out in
 * the second site of three). The cash answer is read off the waves; bridge financing, what-ifs and notes only
 * when asked for.
 */
final class APlan {

    static final LocalDate PLANNING_START = LocalDate.of(2027, 1, 1);
    static final BigDecimal FUNDING_FACTOR = new BigDecimal("0.5");
    static final Money STARTING_CASH = Money.of(50_000);

    private final int sites;
    private int waves = 1;
    private String carrierName = "Prairie Mutual Telephone";
    private String firstSiteName = "Elk Ridge";
    private String inputName = "towers.xlsx";
    private BigDecimal allocation = new BigDecimal("100000");
    private LocalDate deadline = LocalDate.of(2027, 12, 31);
    private String firstVendor = "Huawei";
    private String firstModel = "RRU3908";
    private String firstSerial = "21023176";
    private String radioCategory = "Radio Unit";
    private List<Problem> importNotes;
    private LocalDateTime plannedAt = LocalDateTime.of(2026, 11, 22, 9, 30);
    private Optional<BridgeFinancing> bridge = Optional.empty();
    private List<String> cashSentences = List.of();
    private List<WhatIf> whatIfs = List.of();
    private List<String> notes = List.of();

    private APlan(int sites) {
        this.sites = sites;
    }

    static APlan aPlanOf(int sites) {
        return new APlan(sites);
    }

    APlan sitesOverWaves(int waves) {
        this.waves = waves;
        return this;
    }

    APlan forCarrier(String name) {
        this.carrierName = name;
        return this;
    }

    APlan withFirstSiteNamed(String name) {
        this.firstSiteName = name;
        return this;
    }

    APlan withInputFileNamed(String name) {
        this.inputName = name;
        return this;
    }

    APlan withoutAnAllocation() {
        this.allocation = null;
        return this;
    }

    /** The allocation in dollars: $100,000 unless changed, which the fixture's 3 sites overrun. */
    APlan withAllocation(long dollars) {
        this.allocation = BigDecimal.valueOf(dollars);
        return this;
    }

    /** The first site's radio line reads so on the inventory (vendor, model, serial). */
    APlan withFirstLineReading(String vendor, String model, String serial) {
        this.firstVendor = vendor;
        this.firstModel = model;
        this.firstSerial = serial;
        return this;
    }

    /** The radios' cost category (a carrier's own Costs sheet can name one): "Radio Unit" unless changed. */
    APlan withRadioCategoryNamed(String category) {
        this.radioCategory = category;
        return this;
    }

    APlan withImportNotes(Problem... notes) {
        this.importNotes = List.of(notes);
        return this;
    }

    APlan withoutImportNotes() {
        this.importNotes = List.of();
        return this;
    }

    /** The plan was made at this moment (22 November 2026 at 09:30 unless changed; the planning start is 1 January 2027). */
    APlan plannedAt(LocalDateTime moment) {
        this.plannedAt = moment;
        return this;
    }

    /**
     * The cash answer holds bridge financing of {@code dollars}, peaking in the second wave and finishing on time
     * on 5 February 2027, and these sentences.
     */
    APlan withBridgeFinancing(long dollars, String... sentences) {
        this.bridge = Optional.of(new BridgeFinancing(Money.of(dollars), 2, LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 2, 5), true));
        this.cashSentences = List.of(sentences);
        return this;
    }

    /** The cash answer says so in words (no bridge financing unless asked for). */
    APlan withCashSentences(String... sentences) {
        this.cashSentences = List.of(sentences);
        return this;
    }

    APlan withWhatIfs(WhatIf... lines) {
        this.whatIfs = List.of(lines);
        return this;
    }

    APlan withNotes(String... sentences) {
        this.notes = List.of(sentences);
        return this;
    }

    /** The deadline in force falls on 20 January 2027, so every site from the second wave on is late. */
    APlan thatRunsPastTheDeadline() {
        this.deadline = LocalDate.of(2027, 1, 20);
        return this;
    }

    PlanOutcome build() {
        ProgramTerms terms = terms();
        List<SiteEstimate> estimates = new ArrayList<>();
        Map<String, Integer> waveBySite = new HashMap<>();
        List<ScheduledSite> schedule = new ArrayList<>();
        List<CheckedItem> items = new ArrayList<>();
        int[] placedInWave = new int[waves];
        WaveCalendar calendar = terms.calendar();
        for (int i = 0; i < sites; i++) {
            String id = siteId(i);
            int wave = (int) ((long) i * waves / sites);
            int placed = placedInWave[wave]++;
            int crew = placed % terms.crews();
            int travelOrder = placed / terms.crews() + 1;
            SiteEstimate estimate = siteEstimate(id, i, lines(id, i, items));
            estimates.add(estimate);
            waveBySite.put(id, wave);
            LocalDate start = calendar.start(wave).plusDays(((travelOrder - 1) % 4) * 7L);
            LocalDate finish = start.plusDays(4);
            Site site = new Site(id, i == 0 ? firstSiteName : "Tower " + (i + 1), 44.5, -104.7, "WY", "Tower", i == 0,
                    i % 3 == 0 ? 500 + i : null, i > 0 && i % 2 == 1 ? List.of(siteId(i - 1), "CORE-1") : List.of(),
                    i % 2 == 0 ? List.of(5, 6, 7, 8, 9, 10) : Site.ALL_YEAR, null,
                    new SourceRef(inputName, "Sites", 2 + i));
            schedule.add(new ScheduledSite(site, estimate, new Assignment(wave, crew, travelOrder, start, finish),
                    estimate.reimbursable(), Optional.of(deadline)));
        }
        CostEstimate estimate = estimate(estimates, terms);
        List<WaveCashFlow> cash = new CashFlow(estimate, terms).follow(waveBySite,
                waves > 1 ? Map.of(1, Money.of(20_000)) : Map.of());
        schedule = afterTheCap(schedule, terms.allocation(), cash);
        List<ScheduledSite> late = schedule.stream().filter(ScheduledSite::late)
                .sorted(Comparator.comparing(ScheduledSite::finish).reversed()).toList();
        Optional<Extension> extension = late.isEmpty() ? Optional.empty() : Optional.of(extension(late));
        List<BrokenRule> broken = late.stream().map(site -> new BrokenRule("Deadline", BrokenRule.Level.DEADLINE,
                site.siteId() + " finishes " + -site.slackDays().orElseThrow() + " days after the deadline in force")).toList();
        List<ScheduledSite> handedOver = new ArrayList<>(schedule);
        java.util.Collections.reverse(handedOver);
        return new PlanOutcome(terms, estimate, handedOver, cash, "0hard/-1200soft", true, late.isEmpty(), extension,
                broken, List.of(new Inventory.SourceFile(inputName, "xlsx",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                plannedAt, "time limit 30s, seed 42", items,
                importNotes != null ? importNotes : List.of(new Problem(inputName, "Equipment", 7, "G", "Purchase Date",
                        "Purchase Date is blank; the line is flagged for review")), cashAnswer(terms, cash), whatIfs, notes);
    }

    /** The cash answer read off the waves, with the bridge financing and sentences asked for. */
    private CashAnswer cashAnswer(ProgramTerms terms, List<WaveCashFlow> cash) {
        WaveCashFlow lowest = CashFlow.lowestBalance(cash).orElseThrow();
        return new CashAnswer(true, lowest.cashBalance(), Numbering.wave(lowest.wave()), lowest.end(), false, bridge, cashSentences);
    }

    /**
     * Each site's reimbursable cost as the programme pays it: claims are served wave by wave, first come first
     * served, in the order crews work the sites, until the allocation is used up. The fixture checks that the
     * sites of each wave add up to the wave's claim, which is what the workbook relies on.
     */
    private static List<ScheduledSite> afterTheCap(List<ScheduledSite> schedule, Optional<Money> allocation,
                                                   List<WaveCashFlow> cash) {
        List<ScheduledSite> capped = new ArrayList<>();
        Money left = allocation.orElse(null);
        Map<Integer, Money> byWave = new HashMap<>();
        for (ScheduledSite site : schedule.stream().sorted(ScheduleSheet.WORK_ORDER).toList()) {
            Money paid = left == null ? site.reimbursableCost() : site.reimbursableCost().min(left);
            if (left != null) {
                left = left.minus(paid);
            }
            byWave.merge(site.wave(), paid, Money::plus);
            capped.add(new ScheduledSite(site.site(), site.cost(), site.assignment(), paid, site.deadline()));
        }
        for (WaveCashFlow wave : cash) {
            if (!byWave.getOrDefault(wave.wave(), Money.ZERO).equals(wave.claimed())) {
                throw new IllegalStateException("The fixture's sites must add up to the claim of wave " + (wave.wave() + 1));
            }
        }
        return capped;
    }

    /** The site's three lines of gear (added to {@code items}) and their cost lines. */
    private List<CostLine> lines(String siteId, int index, List<CheckedItem> items) {
        int row = 2 + 3 * index;
        SourceRef radio = new SourceRef(inputName, "Equipment", row);
        SourceRef microwave = new SourceRef(inputName, "Equipment", row + 1);
        SourceRef router = new SourceRef(inputName, "Equipment", row + 2);
        boolean first = index == 0;
        items.add(new CheckedItem(line(radio, siteId, first ? firstVendor : "Huawei", first ? firstModel : "RRU3908",
                first ? firstSerial : "2102" + (3176 + index), "Radio Unit", 2, LocalDate.of(2019, 6, 30)),
                new Finding(true, "HUAWEI", 0.98, false, "Vendor Huawei is on the Covered List", true, false)));
        items.add(new CheckedItem(line(microwave, siteId, "ZTE", "ZXMW NR8250", "ZT" + index, "Microwave", 1,
                LocalDate.of(2020, 3, 1)), new Finding(true, "ZTE", 0.95, false,
                index == 1 ? "Engineer override: covered" : "Vendor ZTE is on the Covered List", true, index == 1)));
        items.add(new CheckedItem(line(router, siteId, "Ericsson", "Router 6672", "ER" + index, "IP Routing", 1, null),
                new Finding(false, null, index == 2 ? 0.6 : 0.99, index == 2,
                        index == 2 ? "Model text resembles a ZTE family; check the nameplate" : "Ericsson is not covered",
                        false, false)));
        List<CostLine> lines = new ArrayList<>();
        lines.addAll(gear(siteId, radio, radioCategory, 2, 18_000, 3_500, 1_200, 250));
        lines.addAll(gear(siteId, microwave, "Microwave", 1, 27_000, 5_000, 1_500, 300));
        lines.add(siteCost(siteId, CostKind.MOBILISATION, Money.of(4_500), Money.of("300.20")));
        lines.add(siteCost(siteId, CostKind.TOWER_CLIMB, Money.of(6_000), Money.ZERO));
        lines.add(siteCost(siteId, CostKind.ENGINEERING, Money.of(9_000).plus(Money.of("1234.50").times(index)),
                Money.of("987.60").times(index)));
        lines.add(siteCost(siteId, CostKind.CONTINGENCY, Money.of("800.25"), Money.ZERO));
        return lines;
    }

    private static EquipmentLine line(SourceRef source, String siteId, String vendor, String model, String serial,
                                      String category, int quantity, LocalDate purchased) {
        return new EquipmentLine(source, siteId, vendor, model, serial, category, quantity, purchased, null, null, null,
                null, Map.of());
    }

    /** Equipment, installation, removal and disposal of an eligible line: unit figures times the quantity. */
    private static List<CostLine> gear(String siteId, SourceRef source, String category, int quantity, long unit,
                                       long installation, long removal, long disposal) {
        List<CostLine> lines = new ArrayList<>();
        long[] units = {unit, installation, removal, disposal};
        CostKind[] kinds = {CostKind.EQUIPMENT, CostKind.INSTALLATION, CostKind.REMOVAL, CostKind.DISPOSAL};
        for (int k = 0; k < kinds.length; k++) {
            Money amount = Money.of(units[k]).times(quantity);
            lines.add(new CostLine(siteId, source, category, kinds[k], quantity, Money.of(units[k]), amount, amount,
                    "catalog " + category));
        }
        return lines;
    }

    private static CostLine siteCost(String siteId, CostKind kind, Money amount, Money eligible) {
        return new CostLine(siteId, null, null, kind, 1, amount, amount, eligible, "fixture");
    }

    static String siteId(int index) {
        return String.format("WY-%05d", index + 1);
    }

    private ProgramTerms terms() {
        ProgramSettings sheet = new ProgramSettings(carrierName, "0012345678", null, null, null, null, List.of(), null,
                null, null, null, null, null, null, null);
        return ProgramTerms.resolve(sheet, new ProgramTerms.Overrides(FUNDING_FACTOR, allocation, 45,
                STARTING_CASH.amount(), new BigDecimal("250000"), "month", PLANNING_START, deadline, null, 2, 2),
                LocalDate.of(2026, 11, 22));
    }

    private static SiteEstimate siteEstimate(String id, int index, List<CostLine> lines) {
        Money total = Money.of("100000.25").plus(Money.of("1234.50").times(index));
        Money eligible = total.times(new BigDecimal("0.8"));
        if (!sum(lines.stream().map(CostLine::amount).toList()).equals(total)
                || !sum(lines.stream().map(CostLine::eligibleAmount).toList()).equals(eligible)) {
            throw new IllegalStateException("The fixture's cost lines must add up to its site figures at " + id);
        }
        Money reimbursable = eligible.times(FUNDING_FACTOR);
        return new SiteEstimate(id, lines, total, eligible, reimbursable, total.minus(reimbursable),
                2 + index % 3, 90);
    }

    private static CostEstimate estimate(List<SiteEstimate> sites, ProgramTerms terms) {
        Money total = sum(sites.stream().map(SiteEstimate::total).toList());
        Money eligible = sum(sites.stream().map(SiteEstimate::eligible).toList());
        Money beforeCap = sum(sites.stream().map(SiteEstimate::reimbursable).toList());
        Money reimbursable = terms.allocation().map(beforeCap::min).orElse(beforeCap);
        return new CostEstimate(sites, total, eligible, FUNDING_FACTOR, terms.allocation(), beforeCap, reimbursable,
                beforeCap.minus(reimbursable), total.minus(reimbursable), "built-in example catalog");
    }

    private Extension extension(List<ScheduledSite> lateLatestFirst) {
        LocalDate lastFinish = lateLatestFirst.get(0).finish();
        long days = ChronoUnit.DAYS.between(deadline, lastFinish);
        return new Extension(deadline, lastFinish, days, (int) Math.ceil(days / 30.0),
                lateLatestFirst.stream().map(ScheduledSite::siteId).toList(),
                List.of("Crew capacity: 2 crews × 2 sites per wave need " + waves + " waves for " + sites + " sites"));
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
