package com.ripreplace.workbook;

import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.Extension;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

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
        totals(plan.estimate(), settings, schedule, waves);
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
        return settings;
    }

    private SettingCells settings(ProgramTerms terms) {
        row(Look.SECTION).text(LABEL, "Programme Settings").text(VALUE, "Value").text(NOTE, "Source");
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
            row.text(NOTE, terms.initialDisbursement().isPresent() ? "Program sheet" : "not given");
        });
        setting(terms, "Deadline", row -> date(row, terms.deadline(), "none"));
        labelled("Deadline in Force", row -> {
            date(row, terms.deadlineInForce(), "none");
            row.text(NOTE, terms.sources().getOrDefault("Deadline in force", terms.sources().get("Deadline")));
        });
        setting(terms, "Lead Time Days", row -> terms.leadTimeDays().ifPresentOrElse(
                days -> row.whole(VALUE, days), () -> row.text(VALUE, "per category")));
        setting(terms, "Crews", row -> row.whole(VALUE, terms.crews()));
        setting(terms, "Sites Per Crew Per Wave", row -> row.whole(VALUE, terms.sitesPerCrewPerWave()));
        return new SettingCells(startingCashRow, terms.allocation().map(amount -> allocationRow));
    }

    private void totals(CostEstimate estimate, SettingCells settings, Table schedule, Table waves) {
        row(Look.SECTION).text(LABEL, "Totals").text(VALUE, "Amount").text(NOTE, "How it is worked out");
        Optional<String> allocation = settings.localAllocation();
        String total = sum("Total Cost", schedule, ScheduleSheet.Column.ESTIMATED_COST.index(), Kind.MONEY,
                "Estimated Cost added up on the Schedule sheet");
        String beforeCap = sum("Reimbursable Before the Allocation Cap", schedule,
                ScheduleSheet.Column.REIMBURSABLE_COST.index(), Kind.MONEY,
                "Reimbursable Cost added up on the Schedule sheet: eligible cost × funding factor, site by site");
        String reimbursable = computed("Reimbursable", allocation.map(cap -> "MIN(" + beforeCap + "," + cap + ")")
                .orElse(beforeCap), Kind.MONEY, allocation.isPresent()
                ? "the amount before the cap, at most the reimbursement allocation"
                : "no allocation given, so no cap");
        computed("Taken Off by the Allocation Cap", beforeCap + "-" + reimbursable, Kind.MONEY,
                "the carrier pays this too");
        computed("Carrier Share", total + "-" + reimbursable, Kind.MONEY, "total cost less reimbursable");
        String used = sum("Allocation Used", waves, WavesSheet.Column.CLAIMED.index(), Kind.MONEY,
                "claims filed: Claimed added up on the Waves sheet");
        allocation.ifPresentOrElse(
                cap -> computed("Allocation Left", "MAX(0," + cap + "-" + used + ")", Kind.MONEY,
                        "the allocation less the claims filed"),
                () -> labelled("Allocation Left", row -> row.text(VALUE, "no cap")));
        sum("Reimbursement Received", waves, WavesSheet.Column.RECEIVED.index(), Kind.MONEY,
                "Reimbursement Received added up on the Waves sheet");
        aggregate("Lowest Cash Balance", "MIN", waves, WavesSheet.Column.CASH_BALANCE.index(), Kind.BALANCE,
                "the lowest Cash Balance on the Waves sheet; below zero, the carrier must find the difference", "none");
    }

    private void timing(PlanOutcome plan, Table schedule) {
        row(Look.SECTION).text(LABEL, "Schedule");
        aggregate("First Wave", "MIN", schedule, ScheduleSheet.Column.WAVE.index(), Kind.NUMBER,
                "the earliest Wave on the Schedule sheet", "none");
        aggregate("Last Wave", "MAX", schedule, ScheduleSheet.Column.WAVE.index(), Kind.NUMBER,
                "the latest Wave on the Schedule sheet", "none");
        aggregate("Work Starts", "MIN", schedule, ScheduleSheet.Column.START.index(), Kind.DATE,
                "the earliest Start on the Schedule sheet", "none");
        Optional<String> lastFinish = aggregate("Last Finish", "MAX", schedule, ScheduleSheet.Column.FINISH.index(),
                Kind.DATE, "the latest Finish on the Schedule sheet", "none");
        int deadlineRow = labelled("Deadline in Force", row -> date(row, plan.terms().deadlineInForce(), "none"));
        String deadline = Table.cell(deadlineRow, VALUE);
        if (lastFinish.isPresent() && plan.terms().deadlineInForce().isPresent()) {
            computed("Margin in Days", deadline + "-" + lastFinish.get(), Kind.WHOLE,
                    "days from the last finish to the deadline; negative when the work runs late");
        } else {
            labelled("Margin in Days", row -> row.text(VALUE, lastFinish.isEmpty() ? "no work scheduled" : "no deadline"));
        }
        labelled("Feasible", row -> row.yesNo(VALUE, plan.feasible())
                .text(NOTE, plan.feasible() ? "no hard rule is broken" : "a hard rule is broken: see Broken Rules below"));
        labelled("On Time", row -> row.yesNo(VALUE, plan.onTime())
                .text(NOTE, plan.onTime() ? "every site finishes by the deadline in force, or there is none"
                        : "work runs past the deadline in force: see the extension needed"));
    }

    private void extension(Extension extension) {
        row(Look.SECTION).text(LABEL, "Extension Needed");
        labelled("Deadline in Force", row -> row.date(VALUE, extension.deadline()));
        labelled("Last Finish", row -> row.date(VALUE, extension.lastFinish()));
        labelled("Days Beyond the Deadline", row -> row.whole(VALUE, extension.daysBeyond()));
        labelled("Months Beyond the Deadline", row -> row.whole(VALUE, extension.monthsBeyond())
                .text(NOTE, "whole months, rounded up; each extension the FCC grants is at most six months"));
        labelled("Driving Sites", row -> row.whole(VALUE, extension.drivingSites().size())
                .text(NOTE, String.join(", ", extension.drivingSites())));
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
        row(Look.HEADER).text(LABEL, "Rule").text(VALUE, "Level").text(NOTE, "Description");
        for (BrokenRule rule : plan.brokenRules()) {
            row(Look.PLAIN).text(LABEL, rule.rule()).text(VALUE, rule.level()).text(NOTE, rule.description());
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
        row(Look.HEADER).text(LABEL, "File").text(VALUE, "Kind").text(NOTE, "SHA-256");
        for (Inventory.SourceFile input : plan.inputs()) {
            row(Look.PLAIN).text(LABEL, input.name()).text(VALUE, input.kind()).text(NOTE, input.sha256());
        }
    }

    /** A setting row: its label, its value, and in the third column where it came from. Returns the row index. */
    private int setting(ProgramTerms terms, String name, Consumer<RowWriter> value) {
        return labelled(name, row -> {
            value.accept(row);
            row.text(NOTE, terms.sources().get(name));
        });
    }

    /** A live sum of a column of another sheet; returns the local reference of the cell ("B20"). */
    private String sum(String label, Table table, int column, Kind kind, String note) {
        return aggregate(label, "SUM", table, column, kind, note, null)
                .orElseGet(() -> Table.cell(next - 1, VALUE));
    }

    /**
     * {@code function} (SUM, MIN, MAX) over a column of another sheet. With no rows, SUM is a plain zero and
     * the others read {@code whenEmpty}, and no reference is returned.
     */
    private Optional<String> aggregate(String label, String function, Table table, int column, Kind kind, String note,
                                       String whenEmpty) {
        Optional<String> range = table.column(column);
        if (range.isPresent()) {
            return Optional.of(computed(label, function + "(" + range.get() + ")", kind, note));
        }
        labelled(label, row -> {
            if (whenEmpty == null) {
                row.zero(VALUE, kind);
            } else {
                row.text(VALUE, whenEmpty);
            }
            row.text(NOTE, note);
        });
        return Optional.empty();
    }

    /** A row whose value is a formula built here; returns the local reference of the value cell. */
    private String computed(String label, String formula, Kind kind, String note) {
        int index = labelled(label, row -> row.formula(VALUE, formula, kind).text(NOTE, note));
        return Table.cell(index, VALUE);
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
