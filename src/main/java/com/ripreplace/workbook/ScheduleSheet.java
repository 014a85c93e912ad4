package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.Comparator;
import java.util.List;

/**
 * The {@code Schedule} sheet: one row per site in the order crews work them (wave, crew, travel order),
 * a totals row of live sums, the header frozen and filtered, and sites that finish after their deadline
 * in light red. Its Estimated Cost and Reimbursable Cost (what the programme pays for the site after the
 * allocation cap) are the workbook's one source of truth for the money: the Summary's totals and the Waves
 * sheet's Spend and Claimed are live sums of these cells, and Carrier-paid is their difference, row by row.
 */
final class ScheduleSheet {

    static final String NAME = "Schedule";

    /** The columns, in order; the first twelve are the plan workbook's contract (docs/contracts.md). */
    enum Column implements SheetColumn {
        SITE_ID("Site ID", 14),
        SITE_NAME("Site Name", 30),
        WAVE("Wave", 7),
        CREW("Crew", 7),
        START("Start", 12),
        FINISH("Finish", 12),
        COVERED_ITEMS("Covered Items", 10),
        ESTIMATED_COST("Estimated Cost", 16),
        REIMBURSABLE_COST("Reimbursable Cost", 18),
        CRITICAL("Critical", 9),
        DEPENDS_ON("Depends On", 24),
        DEADLINE("Deadline", 12),
        SLACK_DAYS("Slack Days", 10),
        TRAVEL_ORDER("Travel Order", 10),
        SUBSCRIBERS("Subscribers", 12),
        ACCESS_MONTHS("Access Months", 18),
        CARRIER_PAID("Carrier-paid", 16);

        private final String header;
        private final int width;

        Column(String header, int width) {
            this.header = header;
            this.width = width;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public int width() {
            return width;
        }
    }

    /** The order crews work the sites in: wave, then crew, then the crew's route. */
    static final Comparator<ScheduledSite> WORK_ORDER = Comparator.comparingInt(ScheduledSite::wave)
            .thenComparingInt(ScheduledSite::crew)
            .thenComparingInt(ScheduledSite::travelOrder)
            .thenComparing(ScheduledSite::siteId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Sheet sheet;
    private final Styles styles;

    ScheduleSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Where the site rows will lie, for formulas on other sheets. */
    static Table table(PlanOutcome plan) {
        return Table.belowHeader(NAME, plan.schedule().size());
    }

    void write(PlanOutcome plan) {
        TableWriter writer = new TableWriter(sheet, styles, table(plan), List.of(Column.values()));
        writer.header();
        plan.schedule().stream().sorted(WORK_ORDER)
                .forEach(site -> site(writer.row(site.late() ? Look.ALERT : Look.PLAIN), site));
        RowWriter totals = writer.totals();
        writer.sum(totals, Column.COVERED_ITEMS, Kind.WHOLE);
        writer.sum(totals, Column.ESTIMATED_COST, Kind.MONEY);
        writer.sum(totals, Column.REIMBURSABLE_COST, Kind.MONEY);
        writer.sum(totals, Column.CARRIER_PAID, Kind.MONEY);
        writer.frame();
    }

    private static void site(RowWriter row, ScheduledSite site) {
        row.text(Column.SITE_ID.index(), site.siteId())
                .text(Column.SITE_NAME.index(), site.siteName())
                .ordinal(Column.WAVE.index(), Numbering.wave(site.wave()))
                .ordinal(Column.CREW.index(), Numbering.crew(site.crew()))
                .date(Column.START.index(), site.start())
                .date(Column.FINISH.index(), site.finish())
                .whole(Column.COVERED_ITEMS.index(), site.coveredItems())
                .money(Column.ESTIMATED_COST.index(), site.estimatedCost())
                .money(Column.REIMBURSABLE_COST.index(), site.reimbursableCost())
                .yesNo(Column.CRITICAL.index(), site.critical())
                .text(Column.DEPENDS_ON.index(), site.dependsOn().isEmpty() ? null : String.join(", ", site.dependsOn()))
                .date(Column.DEADLINE.index(), site.deadline().orElse(null))
                .whole(Column.SLACK_DAYS.index(), site.slackDays().orElse(null))
                .ordinal(Column.TRAVEL_ORDER.index(), site.travelOrder())
                .whole(Column.SUBSCRIBERS.index(), site.subscribers())
                .note(Column.ACCESS_MONTHS.index(), AccessMonths.describe(site.accessMonths()));
        int r = row.number();
        row.formula(Column.CARRIER_PAID.index(), Column.ESTIMATED_COST.letter() + r + "-"
                + Column.REIMBURSABLE_COST.letter() + r, Kind.MONEY,
                dollars(orZero(site.estimatedCost()).minus(orZero(site.reimbursableCost()))));
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

}
