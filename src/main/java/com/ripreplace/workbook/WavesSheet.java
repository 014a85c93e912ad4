package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;
import java.util.Optional;

/**
 * The {@code Waves} sheet: the money wave by wave. Cumulative spend, cash balance, allocation used and
 * left and the carrier's share are live formulas over the row's own figures, so a finance team can change
 * a spend or the starting cash (on the Summary sheet) and watch the balance follow; a wave that spends
 * more than the budget per wave is shown in light red.
 */
final class WavesSheet {

    static final String NAME = "Waves";

    /** The columns, in order; the first nine are the plan workbook's contract (docs/contracts.md). */
    enum Column implements SheetColumn {
        WAVE("Wave", 7),
        START("Start", 12),
        FINISH("Finish", 12),
        SITES("Sites", 8),
        SPEND("Spend", 16),
        BUDGET("Budget", 16),
        CUMULATIVE_SPEND("Cumulative Spend", 18),
        RECEIVED("Reimbursement Received", 16),
        CASH_BALANCE("Cash Balance", 18),
        ELIGIBLE_SPEND("Eligible Spend", 16),
        CLAIMED("Claimed", 16),
        CLAIM_PAID_ON("Claim Paid On", 12),
        OWN_FUNDING("Own Funding", 16),
        ALLOCATION_USED("Allocation Used", 16),
        ALLOCATION_LEFT("Allocation Left", 16),
        CARRIER_SHARE("Carrier Share", 16);

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

    private final Sheet sheet;
    private final Styles styles;

    WavesSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Where the wave rows will lie, for formulas on other sheets. */
    static Table table(PlanOutcome plan) {
        return Table.belowHeader(NAME, plan.waves().size());
    }

    /**
     * @param settings the Summary cells holding the starting cash and the allocation, which the balance
     *                 and the allocation left refer to
     */
    void write(PlanOutcome plan, SummarySheet.SettingCells settings) {
        TableWriter writer = new TableWriter(sheet, styles, table(plan), List.of(Column.values()));
        writer.header();
        Optional<Money> budget = plan.terms().budgetPerWave();
        boolean first = true;
        for (WaveCashFlow wave : plan.waves()) {
            boolean overBudget = budget.map(b -> wave.spend().compareTo(b) > 0).orElse(false);
            wave(writer.row(overBudget ? Look.ALERT : Look.PLAIN), wave, budget, first, settings);
            first = false;
        }
        RowWriter totals = writer.totals();
        writer.sum(totals, Column.SITES, Kind.WHOLE);
        writer.sum(totals, Column.SPEND, Kind.MONEY);
        writer.sum(totals, Column.RECEIVED, Kind.MONEY);
        writer.sum(totals, Column.ELIGIBLE_SPEND, Kind.MONEY);
        writer.sum(totals, Column.CLAIMED, Kind.MONEY);
        writer.sum(totals, Column.OWN_FUNDING, Kind.MONEY);
        writer.sum(totals, Column.CARRIER_SHARE, Kind.MONEY);
        writer.frame();
    }

    private static void wave(RowWriter row, WaveCashFlow wave, Optional<Money> budget, boolean first,
                             SummarySheet.SettingCells settings) {
        int r = row.number();
        int above = r - 1;
        row.ordinal(Column.WAVE.index(), wave.wave() + 1)
                .date(Column.START.index(), wave.start())
                .date(Column.FINISH.index(), wave.end())
                .whole(Column.SITES.index(), wave.sites())
                .money(Column.SPEND.index(), wave.spend())
                .money(Column.BUDGET.index(), budget.orElse(null))
                .money(Column.RECEIVED.index(), wave.received())
                .money(Column.ELIGIBLE_SPEND.index(), wave.eligibleSpend())
                .money(Column.CLAIMED.index(), wave.claimed())
                .date(Column.CLAIM_PAID_ON.index(), wave.claimPaidOn())
                .money(Column.OWN_FUNDING.index(), wave.ownFunding());
        String spend = Column.SPEND.letter() + r;
        String claimed = Column.CLAIMED.letter() + r;
        row.formula(Column.CUMULATIVE_SPEND.index(),
                first ? spend : Column.CUMULATIVE_SPEND.letter() + above + "+" + spend, Kind.MONEY,
                dollars(wave.cumulativeSpend()));
        String openingBalance = first ? settings.startingCash() : Column.CASH_BALANCE.letter() + above;
        row.formula(Column.CASH_BALANCE.index(), openingBalance + "+" + Column.RECEIVED.letter() + r + "+"
                + Column.OWN_FUNDING.letter() + r + "-" + spend, Kind.BALANCE, dollars(wave.cashBalance()));
        String used = Column.ALLOCATION_USED.letter() + r;
        row.formula(Column.ALLOCATION_USED.index(),
                first ? claimed : Column.ALLOCATION_USED.letter() + above + "+" + claimed, Kind.MONEY,
                dollars(wave.allocationUsed()));
        settings.allocation().ifPresent(allocation -> row.formula(Column.ALLOCATION_LEFT.index(),
                "MAX(0," + allocation + "-" + used + ")", Kind.MONEY, dollars(wave.allocationLeft())));
        row.formula(Column.CARRIER_SHARE.index(), spend + "-" + claimed, Kind.MONEY,
                dollars(wave.spend().minus(wave.claimed())));
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }

}
