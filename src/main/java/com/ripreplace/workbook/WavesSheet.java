package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;
import java.util.Optional;

/**
 * The {@code Waves} sheet: the money wave by wave. Spend and Claimed are live sums of the Schedule sheet's
 * Estimated Cost and Reimbursable Cost over the wave's sites (the Schedule is the one source of truth for the
 * money, so every sheet tells the same totals); cumulative spend, cash balance, allocation used and left and
 * carrier-paid are live formulas over the row's own figures, so a finance team can change a site's cost or
 * the starting cash (on the Summary sheet) and watch the balance follow; a wave that spends more than the
 * budget per wave is shown in light red.
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
        WaveMoney money = WaveMoney.of(plan);
        Table schedule = ScheduleSheet.table(plan);
        Running running = new Running(plan.terms().startingCash(), plan.terms().allocation());
        for (WaveCashFlow wave : plan.waves()) {
            Money spend = money.spend(wave.wave());
            boolean overBudget = budget.map(b -> spend.compareTo(b) > 0).orElse(false);
            running.add(wave, spend, money.reimbursable(wave.wave()));
            wave(writer.row(overBudget ? Look.ALERT : Look.PLAIN), wave, budget, schedule, settings, running);
        }
        RowWriter totals = writer.totals();
        writer.sum(totals, Column.SITES, Kind.WHOLE);
        writer.sum(totals, Column.SPEND, Kind.MONEY);
        writer.sum(totals, Column.RECEIVED, Kind.MONEY);
        writer.sum(totals, Column.ELIGIBLE_SPEND, Kind.MONEY);
        writer.sum(totals, Column.CLAIMED, Kind.MONEY);
        writer.sum(totals, Column.OWN_FUNDING, Kind.MONEY);
        writer.sum(totals, Column.CARRIER_PAID, Kind.MONEY);
        writer.frame();
    }

    /**
     * The running figures of the rows written so far, worked out from the Schedule's sites as the formulas
     * compute them, for the formulas' cached values.
     */
    private static final class Running {
        private final Optional<Money> allocation;
        private Money spend = Money.ZERO;
        private Money claimed = Money.ZERO;
        private Money cumulativeSpend = Money.ZERO;
        private Money allocationUsed = Money.ZERO;
        private Money balance;
        private boolean first = true;
        private int rows;

        Running(Money startingCash, Optional<Money> allocation) {
            this.balance = startingCash;
            this.allocation = allocation;
        }

        void add(WaveCashFlow wave, Money waveSpend, Money waveClaimed) {
            first = rows++ == 0;
            spend = waveSpend;
            claimed = waveClaimed;
            cumulativeSpend = cumulativeSpend.plus(waveSpend);
            allocationUsed = allocationUsed.plus(waveClaimed);
            balance = balance.plus(wave.received()).plus(wave.ownFunding()).minus(waveSpend);
        }

        Optional<Money> allocationLeft() {
            return allocation.map(a -> a.minus(allocationUsed).max(Money.ZERO));
        }
    }

    private static void wave(RowWriter row, WaveCashFlow wave, Optional<Money> budget, Table schedule,
                             SummarySheet.SettingCells settings, Running running) {
        int r = row.number();
        int above = r - 1;
        boolean first = running.first;
        row.ordinal(Column.WAVE.index(), Numbering.wave(wave.wave()))
                .date(Column.START.index(), wave.start())
                .date(Column.FINISH.index(), wave.end())
                .whole(Column.SITES.index(), wave.sites())
                .money(Column.BUDGET.index(), budget.orElse(null))
                .money(Column.RECEIVED.index(), wave.received())
                .money(Column.ELIGIBLE_SPEND.index(), wave.eligibleSpend())
                .date(Column.CLAIM_PAID_ON.index(), wave.claimPaidOn())
                .money(Column.OWN_FUNDING.index(), wave.ownFunding());
        String waveCell = Column.WAVE.letter() + r;
        bySite(row, Column.SPEND, schedule, waveCell, ScheduleSheet.Column.ESTIMATED_COST, running.spend);
        bySite(row, Column.CLAIMED, schedule, waveCell, ScheduleSheet.Column.REIMBURSABLE_COST, running.claimed);
        String spend = Column.SPEND.letter() + r;
        String claimed = Column.CLAIMED.letter() + r;
        row.formula(Column.CUMULATIVE_SPEND.index(),
                first ? spend : Column.CUMULATIVE_SPEND.letter() + above + "+" + spend, Kind.MONEY,
                dollars(running.cumulativeSpend));
        String openingBalance = first ? settings.startingCash() : Column.CASH_BALANCE.letter() + above;
        row.formula(Column.CASH_BALANCE.index(), openingBalance + "+" + Column.RECEIVED.letter() + r + "+"
                + Column.OWN_FUNDING.letter() + r + "-" + spend, Kind.BALANCE, dollars(running.balance));
        String used = Column.ALLOCATION_USED.letter() + r;
        row.formula(Column.ALLOCATION_USED.index(),
                first ? claimed : Column.ALLOCATION_USED.letter() + above + "+" + claimed, Kind.MONEY,
                dollars(running.allocationUsed));
        settings.allocation().ifPresent(allocation -> row.formula(Column.ALLOCATION_LEFT.index(),
                "MAX(0," + allocation + "-" + used + ")", Kind.MONEY, dollars(running.allocationLeft().orElseThrow())));
        row.formula(Column.CARRIER_PAID.index(), spend + "-" + claimed, Kind.MONEY,
                dollars(running.spend.minus(running.claimed)));
    }

    /**
     * A live sum of a Schedule column over the sites worked in this row's wave
     * ({@code SUMIF(Schedule!$C$2:$C$n,A2,Schedule!$H$2:$H$n)}), caching {@code value}; a plain zero when the
     * Schedule has no sites.
     */
    private static void bySite(RowWriter row, Column column, Table schedule, String waveCell,
                               ScheduleSheet.Column summed, Money value) {
        Optional<String> waves = schedule.fixedColumn(ScheduleSheet.Column.WAVE.index());
        Optional<String> amounts = schedule.fixedColumn(summed.index());
        if (waves.isPresent() && amounts.isPresent()) {
            row.formula(column.index(), "SUMIF(" + waves.get() + "," + waveCell + "," + amounts.get() + ")",
                    Kind.MONEY, dollars(value));
        } else {
            row.zero(column.index(), Kind.MONEY);
        }
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }

}
