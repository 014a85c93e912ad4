package com.ripreplace.workbook;

import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCalendar;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.inventory.ProgramSettings;
import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.Extension;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;

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
        int[] placedInWave = new int[waves];
        WaveCalendar calendar = terms.calendar();
        for (int i = 0; i < sites; i++) {
            String id = siteId(i);
            int wave = (int) ((long) i * waves / sites);
            int placed = placedInWave[wave]++;
            int crew = placed % terms.crews();
            int travelOrder = placed / terms.crews() + 1;
            SiteEstimate estimate = siteEstimate(id, i);
            estimates.add(estimate);
            waveBySite.put(id, wave);
            LocalDate start = calendar.start(wave).plusDays(((travelOrder - 1) % 4) * 7L);
            LocalDate finish = start.plusDays(4);
            schedule.add(new ScheduledSite(id, i == 0 ? firstSiteName : "Tower " + (i + 1), wave, crew, travelOrder,
                    start, finish, estimate.coveredItems(), estimate.total(), estimate.reimbursable(), i == 0,
                    i % 3 == 0 ? 500 + i : null, i > 0 && i % 2 == 1 ? List.of(siteId(i - 1), "CORE-1") : List.of(),
                    i % 2 == 0 ? List.of(5, 6, 7, 8, 9, 10) : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                    44.5, -104.7, deadline, ChronoUnit.DAYS.between(finish, deadline)));
        }
        CostEstimate estimate = estimate(estimates, terms);
        List<WaveCashFlow> cash = new CashFlow(estimate, terms).follow(waveBySite,
                waves > 1 ? Map.of(1, Money.of(20_000)) : Map.of());
        List<ScheduledSite> late = schedule.stream().filter(ScheduledSite::late)
                .sorted(Comparator.comparing(ScheduledSite::finish).reversed()).toList();
        Optional<Extension> extension = late.isEmpty() ? Optional.empty() : Optional.of(extension(late));
        List<BrokenRule> broken = late.stream().map(site -> new BrokenRule("Deadline", "deadline",
                site.siteId() + " finishes " + -site.slackDays() + " days after the deadline in force")).toList();
        List<ScheduledSite> handedOver = new ArrayList<>(schedule);
        java.util.Collections.reverse(handedOver);
        return new PlanOutcome(terms, estimate, handedOver, cash, "0hard/-1200soft", true, late.isEmpty(), extension,
                broken, List.of(new Inventory.SourceFile(inputName, "xlsx",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                LocalDateTime.of(2026, 11, 22, 9, 30), "time limit 30s, seed 42", List.of(), List.of());
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

    private static SiteEstimate siteEstimate(String id, int index) {
        Money total = Money.of("100000.25").plus(Money.of("1234.50").times(index));
        Money eligible = total.times(new BigDecimal("0.8"));
        Money reimbursable = eligible.times(FUNDING_FACTOR);
        return new SiteEstimate(id, List.of(), total, eligible, reimbursable, total.minus(reimbursable),
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
