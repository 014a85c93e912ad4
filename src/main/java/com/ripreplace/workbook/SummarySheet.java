package com.ripreplace.workbook;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.Extension;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code Summary} sheet, read top to bottom: the carrier, the programme settings in force with where
 * each came from, the money totals (live formulas over the Schedule and Waves sheets), the schedule
 * against the deadline, the extension a late plan needs, every broken rule, and how the plan was made.
 * Settings are plain values; everything that is a sum of other sheets is a formula.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    /**
     * The Summary cells that formulas refer to: the starting cash and, when one is given, the allocation.
     *
     * @param allocationRow empty when no allocation is given (no cap)
     */
    record SettingCells(int startingCashRow, Optional<Integer> allocationRow) {

        /** The starting cash as seen from another sheet ("Summary!$B$9"). */
        String startingCash() {
            return Table.absolute(NAME, startingCashRow, VALUE);
        }

        /** The allocation as seen from another sheet ("Summary!$B$7"). */
        Optional<String> allocation() {
            return allocationRow.map(row -> Table.absolute(NAME, row, VALUE));
        }

        /** The allocation as seen from the Summary sheet itself ("B7"). */
        Optional<String> localAllocation() {
            return allocationRow.map(row -> Table.cell(row, VALUE));
        }
    }

    private static final int LABEL = 0;
    private static final int VALUE = 1;
    private static final int NOTE = 2;

    private final Sheet sheet;
    private final Styles styles;
    private int next;

    SummarySheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    SettingCells write(PlanOutcome plan, Table schedule, Table waves) {
        ProgramTerms terms = plan.terms();
        row(Look.TITLE).text(LABEL, "Rip and Replace plan");
        labelled("Carrier", row -> row.text(VALUE, orElse(terms.carrierName(), "not given")));
        labelled("FRN", row -> row.text(VALUE, orElse(terms.frn(), "not given")));
        next++;
        SettingCells settings = settings(terms);
        next++;
        totals(plan, settings, schedule, waves);
        next++;
        timing(plan, schedule);
        plan.extension().ifPresent(extension -> {
            next++;
            extension(extension);
        });
        next++;
        brokenRules(plan);
        next++;
        provenance(plan);
        sheet.setColumnWidth(LABEL, 40 * 256);
        sheet.setColumnWidth(VALUE, 26 * 256);
        sheet.setColumnWidth(NOTE, 72 * 256);
        Printing.landscape(sheet, 0, NOTE);
        return settings;
    }

    private SettingCells settings(ProgramTerms terms) {
        row(Look.SECTION).text(LABEL, "Programme Settings").text(VALUE, "Value").note(NOTE, "Source");
        setting(terms, "Funding Factor", row -> row.percent(VALUE, terms.fundingFactor()));
        int allocationRow = setting(terms, "Reimbursement Allocation", row -> terms.allocation().ifPresentOrElse(
                amount -> row.money(VALUE, amount), () -> row.text(VALUE, "none (no cap)")));
        setting(terms, "Reimbursement Lag Days", row -> row.whole(VALUE, terms.reimbursementLagDays()));
        int startingCashRow = setting(terms, "Starting Cash", row -> row.money(VALUE, terms.startingCash(), Kind.BALANCE));
        setting(terms, "Budget Per Wave", row -> terms.budgetPerWave().ifPresentOrElse(
                amount -> row.money(VALUE, amount), () -> row.text(VALUE, "none (no limit)")));
        setting(terms, "Wave Length", row -> row.text(VALUE, capitalised(terms.waveLength().name())));
        setting(terms, "Planning Start", row -> row.date(VALUE, terms.planningStart()));
        labelled("Initial Disbursement", row -> {
            date(row, terms.initialDisbursement(), "not given");
            row.note(NOTE, terms.initialDisbursement().isPresent() ? "Program sheet" : "not given");
        });
        setting(terms, "Deadline", row -> date(row, terms.deadline(), "none"));
        labelled("Deadline in Force", row -> {
            date(row, terms.deadlineInForce(), "none");
            row.note(NOTE, terms.sources().getOrDefault("Deadline in force", terms.sources().get("Deadline")));
        });
        setting(terms, "Lead Time Days", row -> terms.leadTimeDays().ifPresentOrElse(
                days -> row.whole(VALUE, days), () -> row.text(VALUE, "per category")));
        setting(terms, "Crews", row -> row.whole(VALUE, terms.crews()));
        setting(terms, "Sites Per Crew Per Wave", row -> row.whole(VALUE, terms.sitesPerCrewPerWave()));
        return new SettingCells(startingCashRow, terms.allocation().map(amount -> allocationRow));
    }

    /**
     * The money totals: live formulas over the Schedule and Waves sheets, each caching the figure it computes
     * from the plan (so a reader that does not recalculate shows it too).
     */
    private void totals(PlanOutcome plan, SettingCells settings, Table schedule, Table waves) {
        row(Look.SECTION).text(LABEL, "Totals").text(VALUE, "Amount").note(NOTE, "How it is worked out");
        Optional<String> allocation = settings.localAllocation();
        Optional<Double> cap = plan.terms().allocation().map(SummarySheet::dollars);
        double totalCost = sum(plan.schedule().stream().map(ScheduledSite::estimatedCost));
        double beforeCapValue = sum(plan.schedule().stream().map(ScheduledSite::reimbursableCost));
        double reimbursableValue = cap.map(c -> Math.min(beforeCapValue, c)).orElse(beforeCapValue);
        double usedValue = sum(plan.waves().stream().map(WaveCashFlow::claimed));
        String total = sum("Total Cost", schedule, ScheduleSheet.Column.ESTIMATED_COST.index(), Kind.MONEY,
                "Estimated Cost added up on the Schedule sheet", totalCost);
        String beforeCap = sum("Reimbursable Before the Allocation Cap", schedule,
                ScheduleSheet.Column.REIMBURSABLE_COST.index(), Kind.MONEY,
                "Reimbursable Cost added up on the Schedule sheet: eligible cost × funding factor, site by site",
                beforeCapValue);
        String reimbursable = computed("Reimbursable", allocation.map(c -> "MIN(" + beforeCap + "," + c + ")")
                .orElse(beforeCap), Kind.MONEY, allocation.isPresent()
                ? "the amount before the cap, at most the reimbursement allocation"
                : "no allocation given, so no cap", reimbursableValue);
        computed("Taken Off by the Allocation Cap", beforeCap + "-" + reimbursable, Kind.MONEY,
                "the carrier pays this too", beforeCapValue - reimbursableValue);
        computed("Carrier Share", total + "-" + reimbursable, Kind.MONEY, "total cost less reimbursable",
                totalCost - reimbursableValue);
        String used = sum("Allocation Used", waves, WavesSheet.Column.CLAIMED.index(), Kind.MONEY,
                "claims filed: Claimed added up on the Waves sheet", usedValue);
        allocation.ifPresentOrElse(
                c -> computed("Allocation Left", "MAX(0," + c + "-" + used + ")", Kind.MONEY,
                        "the allocation less the claims filed", Math.max(0, cap.orElseThrow() - usedValue)),
                () -> labelled("Allocation Left", row -> row.text(VALUE, "no cap")));
        sum("Reimbursement Received", waves, WavesSheet.Column.RECEIVED.index(), Kind.MONEY,
                "Reimbursement Received added up on the Waves sheet",
                sum(plan.waves().stream().map(WaveCashFlow::received)));
        aggregate("Lowest Cash Balance", "MIN", waves, WavesSheet.Column.CASH_BALANCE.index(), Kind.BALANCE,
                "the lowest Cash Balance on the Waves sheet; below zero, the carrier must find the difference", "none",
                plan.waves().stream().mapToDouble(w -> dollars(w.cashBalance())).min().orElse(0));
    }

    private void timing(PlanOutcome plan, Table schedule) {
        row(Look.SECTION).text(LABEL, "Schedule");
        List<ScheduledSite> sites = plan.schedule();
        aggregate("First Wave", "MIN", schedule, ScheduleSheet.Column.WAVE.index(), Kind.NUMBER,
                "the earliest Wave on the Schedule sheet", "none",
                sites.stream().mapToInt(ScheduledSite::wave).min().orElse(0) + 1);
        aggregate("Last Wave", "MAX", schedule, ScheduleSheet.Column.WAVE.index(), Kind.NUMBER,
                "the latest Wave on the Schedule sheet", "none",
                sites.stream().mapToInt(ScheduledSite::wave).max().orElse(0) + 1);
        aggregate("Work Starts", "MIN", schedule, ScheduleSheet.Column.START.index(), Kind.DATE,
                "the earliest Start on the Schedule sheet", "none",
                sites.stream().map(ScheduledSite::start).min(LocalDate::compareTo).map(RowWriter::serial).orElse(0.0));
        Optional<LocalDate> lastFinishDate = sites.stream().map(ScheduledSite::finish).max(LocalDate::compareTo);
        Optional<String> lastFinish = aggregate("Last Finish", "MAX", schedule, ScheduleSheet.Column.FINISH.index(),
                Kind.DATE, "the latest Finish on the Schedule sheet", "none",
                lastFinishDate.map(RowWriter::serial).orElse(0.0));
        int deadlineRow = labelled("Deadline in Force", row -> date(row, plan.terms().deadlineInForce(), "none"));
        String deadline = Table.cell(deadlineRow, VALUE);
        if (lastFinish.isPresent() && plan.terms().deadlineInForce().isPresent()) {
            computed("Margin in Days", deadline + "-" + lastFinish.get(), Kind.WHOLE,
                    "days from the last finish to the deadline; negative when the work runs late",
                    RowWriter.serial(plan.terms().deadlineInForce().get()) - RowWriter.serial(lastFinishDate.orElseThrow()));
        } else {
            labelled("Margin in Days", row -> row.text(VALUE, lastFinish.isEmpty() ? "no work scheduled" : "no deadline"));
        }
        labelled("Feasible", row -> row.yesNo(VALUE, plan.feasible())
                .note(NOTE, plan.feasible() ? "no hard rule is broken" : "a hard rule is broken: see Broken Rules below"));
        labelled("On Time", row -> row.yesNo(VALUE, plan.onTime())
                .note(NOTE, plan.onTime() ? "every site finishes by the deadline in force, or there is none"
                        : "work runs past the deadline in force: see the extension needed"));
    }

    private void extension(Extension extension) {
        row(Look.SECTION).text(LABEL, "Extension Needed");
        labelled("Deadline in Force", row -> row.date(VALUE, extension.deadline()));
        labelled("Last Finish", row -> row.date(VALUE, extension.lastFinish()));
        labelled("Days Beyond the Deadline", row -> row.whole(VALUE, extension.daysBeyond()));
        labelled("Months Beyond the Deadline", row -> row.whole(VALUE, extension.monthsBeyond())
                .note(NOTE, "whole months, rounded up; each extension the FCC grants is at most six months"));
        labelled("Driving Sites", row -> row.whole(VALUE, extension.drivingSites().size())
                .note(NOTE, String.join(", ", extension.drivingSites())));
        for (String rule : extension.bindingRules()) {
            labelled("Binding Rule", row -> row.text(VALUE, rule));
        }
    }

    private void brokenRules(PlanOutcome plan) {
        row(Look.SECTION).text(LABEL, "Broken Rules");
        if (plan.brokenRules().isEmpty()) {
            labelled("None", row -> {
            });
            return;
        }
        row(Look.HEADER).text(LABEL, "Rule").text(VALUE, "Level").note(NOTE, "Description");
        for (BrokenRule rule : plan.brokenRules()) {
            row(Look.PLAIN).text(LABEL, rule.rule()).text(VALUE, rule.level().word()).note(NOTE, rule.description());
        }
    }

    private void provenance(PlanOutcome plan) {
        row(Look.SECTION).text(LABEL, "How the Plan Was Made");
        labelled("Planned At", row -> row.dateTime(VALUE, plan.plannedAt()));
        labelled("Solver Settings", row -> row.text(VALUE, plan.solverSettings()));
        labelled("Score", row -> row.text(VALUE, plan.score()));
        labelled("Cost Catalog", row -> row.text(VALUE, plan.estimate().catalog()));
        next++;
        row(Look.SECTION).text(LABEL, "Inputs");
        if (plan.inputs().isEmpty()) {
            labelled("None", row -> {
            });
            return;
        }
        row(Look.HEADER).text(LABEL, "File").text(VALUE, "Kind").note(NOTE, "SHA-256");
        for (Inventory.SourceFile input : plan.inputs()) {
            row(Look.PLAIN).text(LABEL, input.name()).text(VALUE, input.kind()).note(NOTE, input.sha256());
        }
    }

    /** A setting row: its label, its value, and in the third column where it came from. Returns the row index. */
    private int setting(ProgramTerms terms, String name, Consumer<RowWriter> value) {
        return labelled(name, row -> {
            value.accept(row);
            row.note(NOTE, terms.sources().get(name));
        });
    }

    /** A live sum of a column of another sheet, caching {@code value}; returns the local reference of the cell ("B20"). */
    private String sum(String label, Table table, int column, Kind kind, String note, double value) {
        return aggregate(label, "SUM", table, column, kind, note, null, value)
                .orElseGet(() -> Table.cell(next - 1, VALUE));
    }

    /**
     * {@code function} (SUM, MIN, MAX) over a column of another sheet. With no rows, SUM is a plain zero and
     * the others read {@code whenEmpty}, and no reference is returned.
     */
    private Optional<String> aggregate(String label, String function, Table table, int column, Kind kind, String note,
                                       String whenEmpty, double value) {
        Optional<String> range = table.column(column);
        if (range.isPresent()) {
            return Optional.of(computed(label, function + "(" + range.get() + ")", kind, note, value));
        }
        labelled(label, row -> {
            if (whenEmpty == null) {
                row.zero(VALUE, kind);
            } else {
                row.text(VALUE, whenEmpty);
            }
            row.note(NOTE, note);
        });
        return Optional.empty();
    }

    /** A row whose value is a formula built here, caching {@code value}; returns the local reference of the value cell. */
    private String computed(String label, String formula, Kind kind, String note, double value) {
        int index = labelled(label, row -> row.formula(VALUE, formula, kind, value).note(NOTE, note));
        return Table.cell(index, VALUE);
    }

    private static double sum(Stream<Money> amounts) {
        return dollars(amounts.reduce(Money.ZERO, Money::plus));
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }

    /** A plain row with a label; returns its index. */
    private int labelled(String label, Consumer<RowWriter> rest) {
        int index = next;
        RowWriter row = row(Look.PLAIN).text(LABEL, label);
        rest.accept(row);
        return index;
    }

    private RowWriter row(Look look) {
        return RowWriter.on(sheet, next++, styles, look);
    }

    private static void date(RowWriter row, Optional<LocalDate> date, String whenAbsent) {
        date.ifPresentOrElse(d -> row.date(VALUE, d), () -> row.text(VALUE, whenAbsent));
    }

    private static String orElse(String text, String whenBlank) {
        return text == null || text.isBlank() ? whenBlank : text;
    }

    private static String capitalised(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
