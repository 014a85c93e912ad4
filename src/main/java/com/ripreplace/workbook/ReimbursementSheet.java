package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Reimbursement} sheet, two blocks. <b>Claims by wave</b>: the claim filed on each wave's last
 * day for its eligible spend × the funding factor (capped at what is left of the allocation), when it is
 * expected to be paid, what arrives in the wave, and the allocation consumed over time; the amounts link to
 * the Waves sheet and the running figures are live formulas. <b>Status reports</b>: one every 90 days from
 * the planning start until the first one after the last finish, each with the work due by it (sites
 * scheduled to finish by its date, counted and summed live from the Schedule sheet, and the ones finishing
 * since the report before listed by id).
 */
final class ReimbursementSheet {

    static final String NAME = "Reimbursement";
    /** Days between status reports to the program. */
    static final int REPORT_DAYS = 90;
    /** The most site ids listed in one report's cell; the rest are counted. */
    static final int LISTED_SITES = 200;

    /** The claims table's columns. */
    enum Claim implements SheetColumn {
        WAVE("Wave", 8),
        CLAIM_FILED("Claim Filed", 12),
        ELIGIBLE_SPEND("Eligible Spend", 16),
        AMOUNT_CLAIMED("Amount Claimed", 16),
        EXPECTED_PAYMENT("Expected Payment", 16),
        RECEIVED("Received This Wave", 16),
        CUMULATIVE_CLAIMED("Cumulative Claimed", 18),
        ALLOCATION_LEFT("Allocation Left", 16),
        CUMULATIVE_RECEIVED("Cumulative Received", 16),
        OUTSTANDING("Claimed, Not Yet Received", 18);

        private final String header;
        private final int width;

        Claim(String header, int width) {
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

    /** The status reports table's columns, lying under the claims table's. */
    enum Report implements SheetColumn {
        REPORT("Report", 8),
        DUE("Due", 12),
        SITES_DONE("Sites Finished by Then", 16),
        SHARE_DONE("Share of Sites", 16),
        SPEND_DONE("Spend by Then", 16),
        FINISHING("Finishing This Period", 16),
        SITE_IDS("Sites Finishing This Period", 18);

        private final String header;
        private final int width;

        Report(String header, int width) {
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

    /** A status report: its number (from 1), its due date, and the sites finishing since the one before. */
    record StatusReport(int number, LocalDate due, List<String> finishing) {
    }

    private final Sheet sheet;
    private final Styles styles;

    ReimbursementSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Where the claims lie: a heading, the header, then one row per wave of the Waves sheet. */
    static Table claims(PlanOutcome plan) {
        return new Table(NAME, 2, plan.waves().size());
    }

    /** The 0-based row of the status reports' header. */
    static int reportsHeaderRow(PlanOutcome plan) {
        return claims(plan).totalsRow() + 4;
    }

    /**
     * The status reports: due every {@value #REPORT_DAYS} days from the planning start, until (and including)
     * the first one after the last finish.
     */
    static List<StatusReport> statusReports(PlanOutcome plan) {
        LocalDate start = plan.terms().planningStart();
        List<ScheduledSite> byFinish = plan.schedule().stream()
                .sorted(Comparator.comparing(ScheduledSite::finish).thenComparing(ScheduledSite::siteId)).toList();
        LocalDate lastFinish = byFinish.isEmpty() ? start : byFinish.get(byFinish.size() - 1).finish();
        List<StatusReport> reports = new ArrayList<>();
        int next = 0;
        for (int number = 1; ; number++) {
            LocalDate due = start.plusDays((long) REPORT_DAYS * number);
            List<String> finishing = new ArrayList<>();
            while (next < byFinish.size() && !byFinish.get(next).finish().isAfter(due)) {
                finishing.add(byFinish.get(next++).siteId());
            }
            reports.add(new StatusReport(number, due, finishing));
            if (due.isAfter(lastFinish)) {
                return reports;
            }
        }
    }

    void write(PlanOutcome plan, SummarySheet.SettingCells settings) {
        Table claims = claims(plan);
        RowWriter.on(sheet, 0, styles, Look.SECTION).text(0, "Claims by Wave")
                .text(Claim.ELIGIBLE_SPEND.index(), "A claim is filed on each wave's last day for the Reimbursable Cost of "
                        + "its sites (Schedule sheet: eligible cost × the funding factor, within what is left of the "
                        + "allocation), and paid after the lag.", Look.PLAIN);
        TableWriter writer = new TableWriter(sheet, styles, claims, List.of(Claim.values()));
        writer.header();
        Table waves = WavesSheet.table(plan);
        Optional<Double> allocation = plan.terms().allocation().map(money -> money.amount().doubleValue());
        WaveMoney money = WaveMoney.of(plan);
        int index = 0;
        Money claimedSoFar = Money.ZERO;
        Money receivedSoFar = Money.ZERO;
        for (WaveCashFlow wave : plan.waves()) {
            Money waveClaim = money.reimbursable(wave.wave());
            claimedSoFar = claimedSoFar.plus(waveClaim);
            receivedSoFar = receivedSoFar.plus(wave.received());
            double claimed = dollars(claimedSoFar);
            claim(writer.row(Look.PLAIN), wave, waves.firstRow() + index, index == 0, settings,
                    new Running(dollars(waveClaim), claimed, allocation.map(a -> Math.max(0, a - claimed)),
                            dollars(receivedSoFar)));
            index++;
        }
        RowWriter totals = writer.totals();
        writer.sum(totals, Claim.ELIGIBLE_SPEND, Kind.MONEY);
        writer.sum(totals, Claim.AMOUNT_CLAIMED, Kind.MONEY);
        writer.sum(totals, Claim.RECEIVED, Kind.MONEY);
        writer.widths();
        sheet.setColumnWidth(Report.SITE_IDS.index(), Math.max(Claim.CUMULATIVE_CLAIMED.width(),
                Report.SITE_IDS.width()) * 256);
        reports(plan);
        Printing.landscape(sheet, 0, Claim.OUTSTANDING.index());
    }

    /**
     * The figures of a claims row, cached beside their formulas: the wave's claim (the Reimbursable Cost of its
     * sites on the Schedule sheet, which the Waves sheet's Claimed adds up) and the running sums.
     */
    private record Running(double waveClaim, double claimed, Optional<Double> allocationLeft, double received) {
    }

    private static void claim(RowWriter row, WaveCashFlow wave, int wavesRow, boolean first,
                              SummarySheet.SettingCells settings, Running running) {
        int r = row.number();
        boolean claimed = running.waveClaim() != 0;
        row.ordinal(Claim.WAVE.index(), Numbering.wave(wave.wave()))
                .date(Claim.CLAIM_FILED.index(), claimed ? wave.end() : null)
                .formula(Claim.ELIGIBLE_SPEND.index(), waves(wavesRow, WavesSheet.Column.ELIGIBLE_SPEND), Kind.MONEY,
                        dollars(wave.eligibleSpend()))
                .formula(Claim.AMOUNT_CLAIMED.index(), waves(wavesRow, WavesSheet.Column.CLAIMED), Kind.MONEY,
                        running.waveClaim())
                .date(Claim.EXPECTED_PAYMENT.index(), wave.claimPaidOn())
                .formula(Claim.RECEIVED.index(), waves(wavesRow, WavesSheet.Column.RECEIVED), Kind.MONEY,
                        dollars(wave.received()));
        String amount = Claim.AMOUNT_CLAIMED.letter() + r;
        String received = Claim.RECEIVED.letter() + r;
        String cumulativeClaimed = Claim.CUMULATIVE_CLAIMED.letter() + r;
        String cumulativeReceived = Claim.CUMULATIVE_RECEIVED.letter() + r;
        row.formula(Claim.CUMULATIVE_CLAIMED.index(),
                first ? amount : Claim.CUMULATIVE_CLAIMED.letter() + (r - 1) + "+" + amount, Kind.MONEY,
                running.claimed());
        settings.allocation().ifPresent(allocation -> row.formula(Claim.ALLOCATION_LEFT.index(),
                "MAX(0," + allocation + "-" + cumulativeClaimed + ")", Kind.MONEY,
                running.allocationLeft().orElseThrow()));
        row.formula(Claim.CUMULATIVE_RECEIVED.index(),
                first ? received : Claim.CUMULATIVE_RECEIVED.letter() + (r - 1) + "+" + received, Kind.MONEY,
                running.received());
        row.formula(Claim.OUTSTANDING.index(), cumulativeClaimed + "-" + cumulativeReceived, Kind.MONEY,
                running.claimed() - running.received());
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }

    private void reports(PlanOutcome plan) {
        int header = reportsHeaderRow(plan);
        List<StatusReport> reports = statusReports(plan);
        RowWriter.on(sheet, header - 2, styles, Look.SECTION).text(0, "Status Reports Every " + REPORT_DAYS + " Days");
        RowWriter.on(sheet, header - 1, styles, Look.PLAIN).text(0, "Due every " + REPORT_DAYS + " days from the "
                + "planning start until the first report after the last finish; the work due by each is the sites "
                + "scheduled to finish by its date (from the Schedule sheet).");
        TableWriter.header(sheet, styles, header, List.of(Report.values()));
        Table schedule = ScheduleSheet.table(plan);
        Optional<String> finishes = fixed(schedule, ScheduleSheet.Column.FINISH);
        Optional<String> costs = fixed(schedule, ScheduleSheet.Column.ESTIMATED_COST);
        Optional<String> ids = fixed(schedule, ScheduleSheet.Column.SITE_ID);
        Map<String, Money> costOf = new HashMap<>();
        plan.schedule().forEach(site -> costOf.merge(site.siteId(), site.estimatedCost(), Money::plus));
        int sites = plan.schedule().size();
        int next = header + 1;
        int doneSoFar = 0;
        Money spentSoFar = Money.ZERO;
        for (StatusReport report : reports) {
            RowWriter row = RowWriter.on(sheet, next++, styles, Look.PLAIN);
            int r = row.number();
            String due = Report.DUE.letter() + r;
            String done = Report.SITES_DONE.letter() + r;
            doneSoFar += report.finishing().size();
            for (String site : report.finishing()) {
                spentSoFar = spentSoFar.plus(costOf.getOrDefault(site, Money.ZERO));
            }
            row.ordinal(Report.REPORT.index(), report.number()).date(Report.DUE.index(), report.due());
            if (finishes.isPresent()) {
                row.formula(Report.SITES_DONE.index(), "COUNTIF(" + finishes.get() + ",\"<=\"&" + due + ")", Kind.WHOLE,
                                doneSoFar)
                        .formula(Report.SHARE_DONE.index(), done + "/COUNTA(" + ids.get() + ")", Kind.PERCENT,
                                (double) doneSoFar / sites)
                        .formula(Report.SPEND_DONE.index(), "SUMIF(" + finishes.get() + ",\"<=\"&" + due + ","
                                + costs.get() + ")", Kind.MONEY, dollars(spentSoFar));
            } else {
                row.zero(Report.SITES_DONE.index(), Kind.WHOLE).zero(Report.SHARE_DONE.index(), Kind.PERCENT)
                        .zero(Report.SPEND_DONE.index(), Kind.MONEY);
            }
            row.formula(Report.FINISHING.index(), report.number() == 1 ? done
                    : done + "-" + Report.SITES_DONE.letter() + (r - 1), Kind.WHOLE, report.finishing().size());
            row.note(Report.SITE_IDS.index(), listed(report.finishing()));
        }
    }

    /** "WY-00001, WY-00002", at most {@value #LISTED_SITES} of them, then how many more; "none" for none. */
    static String listed(List<String> siteIds) {
        if (siteIds.isEmpty()) {
            return "none";
        }
        if (siteIds.size() <= LISTED_SITES) {
            return String.join(", ", siteIds);
        }
        return String.join(", ", siteIds.subList(0, LISTED_SITES)) + " and " + (siteIds.size() - LISTED_SITES)
                + " more (see the Schedule sheet)";
    }

    /** A cell of the Waves sheet's row, as seen from here ("Waves!J2"). */
    private static String waves(int row, WavesSheet.Column column) {
        return Table.relative(WavesSheet.NAME, row, column.index());
    }

    /** A Schedule column's data, fixed ("Schedule!$F$2:$F$101"), when there are rows. */
    private static Optional<String> fixed(Table table, ScheduleSheet.Column column) {
        return table.fixedColumn(column.index());
    }
}
