package com.ripreplace.workbook;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.covered.CoveredListEdition;
import com.ripreplace.inventory.Inventory;
import com.ripreplace.planning.BridgeFinancing;
import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.CashAnswer;
import com.ripreplace.planning.Extension;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.planning.WhatIf;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code Summary} sheet, read top to bottom: the carrier (and, first, a planning start that lies in the
 * past), the programme settings in force with where each came from, the money totals (live formulas over the
 * Schedule sheet, the one source of truth for total cost, reimbursable and carrier-paid, and the Waves sheet),
 * the lines of gear counted (live counts of the Equipment sheet), the schedule against the deadline, the cash
 * answer (lowest balance, financing needed, bridge financing to finish on time), the extension a late plan
 * needs with its what-if table, every broken rule, the notes for a reviewer, and last, as details, how the
 * plan was made (the solver's settings and score belong there, not in the main part). Settings are plain
 * values; everything that is a sum of other sheets is a formula.
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
    /** The what-if table's last two columns; notes in column C run on over them. */
    private static final int ON_TIME = 3;
    private static final int SENTENCE = 4;
    private static final int[] WIDTHS = {40, 22, 16, 10, 58};
    /** The Details block's heading: nothing above it speaks the solver's language. */
    static final String DETAILS = "Details: How the Plan Was Made";

    private final Sheet sheet;
    private final Styles styles;
    private final Optional<CoveredListEdition> coveredList;
    private int next;

    SummarySheet(Sheet sheet, Styles styles) {
        this(sheet, styles, Optional.empty());
    }

    SummarySheet(Sheet sheet, Styles styles, Optional<CoveredListEdition> coveredList) {
        this.sheet = sheet;
        this.styles = styles;
        this.coveredList = coveredList;
    }

    SettingCells write(PlanOutcome plan, Table schedule, Table waves) {
        ProgramTerms terms = plan.terms();
        for (int column = 0; column < WIDTHS.length; column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        row(Look.TITLE).text(LABEL, "Rip and Replace plan");
        labelled("Carrier", row -> row.text(VALUE, orElse(terms.carrierName(), "not given")));
        labelled("FRN", row -> row.text(VALUE, orElse(terms.frn(), "not given")));
        Optional<String> pastStart = pastStart(plan);
        pastStart.ifPresent(sentence -> paragraph(Look.ALERT, sentence));
        next++;
        SettingCells settings = settings(terms, pastStart.isPresent());
        next++;
        totals(plan, settings, schedule, waves);
        next++;
        lines(plan);
        next++;
        timing(plan, schedule);
        next++;
        cash(plan, waves);
        plan.extension().ifPresent(extension -> {
            next++;
            extension(extension);
        });
        if (!plan.whatIfs().isEmpty()) {
            next++;
            whatIfs(plan.whatIfs());
        }
        next++;
        brokenRules(plan);
        next++;
        notes(plan);
        next++;
        provenance(plan);
        Printing.landscape(sheet, 0, SENTENCE);
        return settings;
    }

    /**
     * The sentence a plan whose planning start lies before the day it was made needs: its first waves are
     * already past.
     */
    private static Optional<String> pastStart(PlanOutcome plan) {
        LocalDate start = plan.terms().planningStart();
        LocalDate madeOn = plan.plannedAt().toLocalDate();
        if (!start.isBefore(madeOn)) {
            return Optional.empty();
        }
        return Optional.of("The planning start, " + start + ", lies before the day this plan was made, " + madeOn
                + ": the waves before that day are already past, so the work the plan puts in them cannot be done on "
                + "the dates shown. Plan again from a planning start of " + madeOn + " or later, or read those waves "
                + "as work already done.");
    }

    private SettingCells settings(ProgramTerms terms, boolean startIsPast) {
        row(Look.SECTION).text(LABEL, "Programme Settings").text(VALUE, "Value").note(NOTE, "Source");
        setting(terms, "Funding Factor", row -> row.percent(VALUE, terms.fundingFactor()));
        int allocationRow = setting(terms, "Reimbursement Allocation", row -> terms.allocation().ifPresentOrElse(
                amount -> row.money(VALUE, amount), () -> row.text(VALUE, "none (no cap)")));
        setting(terms, "Reimbursement Lag Days", row -> row.whole(VALUE, terms.reimbursementLagDays()));
        int startingCashRow = setting(terms, "Starting Cash", row -> row.money(VALUE, terms.startingCash(), Kind.BALANCE));
        setting(terms, "Budget Per Wave", row -> terms.budgetPerWave().ifPresentOrElse(
                amount -> row.money(VALUE, amount), () -> row.text(VALUE, "none (no limit)")));
        setting(terms, "Wave Length", row -> row.text(VALUE, capitalised(terms.waveLength().name())));
        if (startIsPast) {
            labelled(Look.ALERT, "Planning Start", row -> row.date(VALUE, terms.planningStart())
                    .note(NOTE, terms.sources().get("Planning Start") + "; before the day the plan was made"));
        } else {
            setting(terms, "Planning Start", row -> row.date(VALUE, terms.planningStart()));
        }
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
     * The money totals: live formulas over the Schedule sheet (total cost and reimbursable, the same cells the
     * Waves, Cost Plan and Reimbursement sheets add up) and the Waves sheet, each caching the figure it computes
     * from the plan (so a reader that does not recalculate shows it too).
     */
    private void totals(PlanOutcome plan, SettingCells settings, Table schedule, Table waves) {
        row(Look.SECTION).text(LABEL, "Totals").text(VALUE, "Amount").note(NOTE, "How it is worked out");
        Optional<String> allocation = settings.localAllocation();
        Optional<Money> cap = plan.terms().allocation();
        WaveMoney money = WaveMoney.of(plan);
        Money usedValue = plan.waves().stream().map(w -> money.reimbursable(w.wave())).reduce(Money.ZERO, Money::plus);
        Money beforeCapValue = plan.estimate().reimbursableBeforeCap();
        String total = sum("Total Cost", schedule, ScheduleSheet.Column.ESTIMATED_COST.index(), Kind.MONEY,
                "Estimated Cost added up on the Schedule sheet", dollars(money.totalCost()));
        String reimbursable = sum("Reimbursable", schedule, ScheduleSheet.Column.REIMBURSABLE_COST.index(), Kind.MONEY,
                "what the programme pays: Reimbursable Cost added up on the Schedule sheet, after the allocation cap",
                dollars(money.totalReimbursable()));
        computed("Carrier-paid", total + "-" + reimbursable, Kind.MONEY, "total cost less reimbursable",
                dollars(money.totalCarrierPaid()));
        int beforeCapRow = labelled("Reimbursable Before the Allocation Cap", row -> row.money(VALUE, beforeCapValue)
                .note(NOTE, "each site's eligible cost × the funding factor, added up (the cost estimate)"));
        String beforeCap = Table.cell(beforeCapRow, VALUE);
        computed("Taken Off by the Allocation Cap", beforeCap + "-" + reimbursable, Kind.MONEY,
                cap.isPresent() ? "claims are paid wave by wave, first come first served, until the allocation runs out"
                        : "no allocation given, so no cap",
                dollars(beforeCapValue.minus(money.totalReimbursable())));
        String used = sum("Allocation Used", waves, WavesSheet.Column.CLAIMED.index(), Kind.MONEY,
                "claims filed: Claimed added up on the Waves sheet", dollars(usedValue));
        allocation.ifPresentOrElse(
                c -> computed("Allocation Left", "MAX(0," + c + "-" + used + ")", Kind.MONEY,
                        "the allocation less the claims filed",
                        dollars(cap.orElseThrow().minus(usedValue).max(Money.ZERO))),
                () -> labelled("Allocation Left", row -> row.text(VALUE, "no cap")));
        sum("Reimbursement Received", waves, WavesSheet.Column.RECEIVED.index(), Kind.MONEY,
                "Reimbursement Received added up on the Waves sheet",
                sum(plan.waves().stream().map(WaveCashFlow::received)));
    }

    /** The lines of gear counted: live counts of the Equipment sheet's Yes cells, one column each. */
    private void lines(PlanOutcome plan) {
        row(Look.SECTION).text(LABEL, "Lines of Gear").text(VALUE, "Lines").note(NOTE, "Where they are");
        Table equipment = EquipmentSheet.table(plan);
        List<CheckedItem> items = plan.items();
        count("Lines in the Inventory", "COUNTA", equipment, EquipmentSheet.Column.COVERED, "every line the inventory gave: "
                + "the Equipment sheet", items.size());
        count("Covered Lines", "COUNTIF", equipment, EquipmentSheet.Column.COVERED,
                "gear the Covered List names: Covered is Yes on the Equipment sheet",
                items.stream().filter(item -> item.finding().covered()).count());
        count("Reimbursable Lines", "COUNTIF", equipment, EquipmentSheet.Column.REIMBURSABLE,
                "Huawei and ZTE gear obtained by 30 June 2020: Reimbursable is Yes",
                items.stream().filter(item -> item.finding().reimbursable()).count());
        count("Lines Needing Review", "COUNTIF", equipment, EquipmentSheet.Column.NEEDS_REVIEW,
                "a person should look before the plan is submitted: the amber rows",
                items.stream().filter(item -> item.finding().needsReview()).count());
        count("Lines Overridden", "COUNTIF", equipment, EquipmentSheet.Column.OVERRIDDEN,
                "an engineer's decision replaced the finding: Overridden is Yes",
                items.stream().filter(item -> item.finding().overridden()).count());
    }

    /** COUNTA of an Equipment column, or COUNTIF of its Yes cells; a plain zero when there are no lines. */
    private void count(String label, String function, Table equipment, EquipmentSheet.Column column, String note,
                       long value) {
        Optional<String> range = equipment.column(column.index());
        if (range.isEmpty()) {
            labelled(label, row -> row.zero(VALUE, Kind.WHOLE).note(NOTE, note));
            return;
        }
        String formula = function.equals("COUNTA") ? "COUNTA(" + range.get() + ")"
                : "COUNTIF(" + range.get() + ",\"Yes\")";
        computed(label, formula, Kind.WHOLE, note, value);
    }

    private void timing(PlanOutcome plan, Table schedule) {
        row(Look.SECTION).text(LABEL, "Schedule");
        List<ScheduledSite> sites = plan.schedule();
        aggregate("First Wave", "MIN", schedule, ScheduleSheet.Column.WAVE.index(), Kind.NUMBER,
                "the earliest Wave on the Schedule sheet", "none",
                Numbering.wave(sites.stream().mapToInt(ScheduledSite::wave).min().orElse(0)));
        aggregate("Last Wave", "MAX", schedule, ScheduleSheet.Column.WAVE.index(), Kind.NUMBER,
                "the latest Wave on the Schedule sheet", "none",
                Numbering.wave(sites.stream().mapToInt(ScheduledSite::wave).max().orElse(0)));
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
                .note(NOTE, plan.feasible() ? "every physical and money rule is kept"
                        : "a physical or money rule is broken: see Broken Rules below"));
        labelled("On Time", row -> row.yesNo(VALUE, plan.onTime())
                .note(NOTE, plan.onTime() ? "every site finishes by the deadline in force, or there is none"
                        : "work runs past the deadline in force: see the extension needed"));
    }

    /**
     * The cash answer: the lowest balance and where it is reached (live formulas over the Waves sheet, so they
     * follow the starting cash), the financing that makes up for it, and, when the cash the carrier has holds
     * the work back, the bridge financing that would let it finish on time; then the answer in words.
     */
    private void cash(PlanOutcome plan, Table waves) {
        CashAnswer answer = plan.cash();
        row(Look.SECTION).text(LABEL, "Cash").text(VALUE, "Amount").note(NOTE, "What it means");
        List<Money> balances = WaveMoney.of(plan).balances(plan);
        int lowestIndex = 0;
        for (int i = 1; i < balances.size(); i++) {
            if (balances.get(i).compareTo(balances.get(lowestIndex)) < 0) {
                lowestIndex = i;
            }
        }
        Optional<String> balanceRange = waves.fixedColumn(WavesSheet.Column.CASH_BALANCE.index());
        String lowNote = "the lowest Cash Balance on the Waves sheet";
        String low;
        if (balanceRange.isPresent()) {
            WaveCashFlow lowestWave = plan.waves().get(lowestIndex);
            low = computed("Lowest Cash Balance", "MIN(" + balanceRange.get() + ")", Kind.BALANCE, lowNote,
                    dollars(balances.get(lowestIndex)));
            String match = "MATCH(" + low + "," + balanceRange.get() + ",0)";
            computed("Lowest Balance in Wave", "INDEX(" + waves.fixedColumn(WavesSheet.Column.WAVE.index()).orElseThrow()
                    + "," + match + ")", Kind.NUMBER, "the first wave it is reached in", Numbering.wave(lowestWave.wave()));
            computed("Lowest Balance On", "INDEX(" + waves.fixedColumn(WavesSheet.Column.FINISH.index()).orElseThrow()
                    + "," + match + ")", Kind.DATE, "the last day of that wave", RowWriter.serial(lowestWave.end()));
        } else {
            int row = labelled("Lowest Cash Balance", r -> r.money(VALUE, answer.lowestBalance(), Kind.BALANCE)
                    .note(NOTE, lowNote));
            low = Table.cell(row, VALUE);
            labelled("Lowest Balance in Wave", r -> r.ordinal(VALUE, answer.lowestWave()));
            labelled("Lowest Balance On", r -> r.date(VALUE, answer.lowestOn()));
        }
        double lowest = balanceRange.isPresent() ? dollars(balances.get(lowestIndex)) : dollars(answer.lowestBalance());
        computed("Financing Needed", "MAX(0,-" + low + ")", Kind.MONEY, answer.startingCashGiven()
                ? "how far the balance falls below zero: what the carrier must borrow or find to carry this plan"
                : "no starting cash was given, so the balance starts at zero: all the carrier must fund itself",
                Math.max(0, -lowest));
        labelled("Shortfall Unavoidable", row -> row.yesNo(VALUE, answer.shortfallUnavoidable())
                .note(NOTE, answer.shortfallUnavoidable()
                        ? "starting cash and every reimbursement the allocation allows come to less than the cost"
                        : "some order of the work keeps the balance at or above zero"));
        answer.bridge().ifPresentOrElse(bridge -> bridge(plan, bridge),
                () -> labelled("Bridge Financing", row -> row.text(VALUE, "not needed")
                        .note(NOTE, "the cash the carrier has does not hold the finish back")));
        for (String sentence : answer.sentences()) {
            paragraph(Look.PLAIN, sentence);
        }
    }

    private void bridge(PlanOutcome plan, BridgeFinancing bridge) {
        String goal = bridge.onTime()
                ? plan.terms().deadlineInForce().map(d -> "to finish by the deadline in force, " + d).orElse("to finish on time")
                : "to finish as early as the physical rules allow, " + bridge.lastFinish();
        labelled("Bridge Financing", row -> row.money(VALUE, bridge.amount())
                .note(NOTE, "the least the carrier must borrow at the peak " + goal + ", every other rule kept"));
        labelled("Bridge Peak in Wave", row -> row.ordinal(VALUE, bridge.wave())
                .note(NOTE, "the wave the borrowing peaks in"));
        labelled("Bridge Peak On", row -> row.date(VALUE, bridge.reachedOn()).note(NOTE, "the last day of that wave"));
        labelled("Last Finish With Bridge", row -> row.date(VALUE, bridge.lastFinish()));
        labelled("On Time With Bridge", row -> row.yesNo(VALUE, bridge.onTime()));
    }

    /** The what-if table of a late plan: the plan made again with one rule relaxed at a time. */
    private void whatIfs(List<WhatIf> whatIfs) {
        row(Look.SECTION).text(LABEL, "What If");
        paragraph(Look.PLAIN, "The plan made again with one rule relaxed at a time, and where its last site then "
                + "finishes: what holds the finish back, and what an extension request can point to.");
        int header = next;
        row(Look.HEADER).text(LABEL, "Relaxation").text(VALUE, "Last Finish").text(NOTE, "Days Past the Deadline")
                .text(ON_TIME, "On Time?").text(SENTENCE, "What It Means");
        sheet.getRow(header).setHeightInPoints(TableWriter.linesFor("Days Past the Deadline", WIDTHS[NOTE]) * 15f);
        for (WhatIf whatIf : whatIfs) {
            int index = next;
            row(Look.PLAIN).text(LABEL, whatIf.relaxation()).date(VALUE, whatIf.lastFinish())
                    .whole(NOTE, whatIf.daysBeyond()).yesNo(ON_TIME, whatIf.onTime())
                    .paragraph(SENTENCE, whatIf.sentence());
            int lines = Math.max(lines(whatIf.sentence(), WIDTHS[SENTENCE]), lines(whatIf.relaxation(), WIDTHS[LABEL]));
            sheet.getRow(index).setHeightInPoints(lines * 15f);
        }
    }

    /**
     * Things a reviewer should know that break no rule, in plain sentences. A note on a past planning start (one
     * naming the planning start and its date) is left out when the sheet already says so at its top.
     */
    private void notes(PlanOutcome plan) {
        row(Look.SECTION).text(LABEL, "Notes for the Reviewer");
        String start = plan.terms().planningStart().toString();
        boolean saidAtTop = pastStart(plan).isPresent();
        List<String> notes = plan.notes().stream()
                .filter(note -> !(saidAtTop && note.contains(start)
                        && note.toLowerCase(Locale.ROOT).contains("planning start")))
                .toList();
        if (notes.isEmpty()) {
            labelled("None", row -> {
            });
            return;
        }
        for (String note : notes) {
            paragraph(Look.PLAIN, note);
        }
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
        header("Rule", "Level", "Description");
        for (BrokenRule rule : plan.brokenRules()) {
            row(Look.PLAIN).text(LABEL, rule.rule()).text(VALUE, rule.level().word()).note(NOTE, rule.description());
        }
    }

    private void provenance(PlanOutcome plan) {
        row(Look.SECTION).text(LABEL, DETAILS).note(NOTE, "for the planner's engineers: the rules and the money "
                + "above say what the score means");
        labelled("Planned At", row -> row.dateTime(VALUE, plan.plannedAt()));
        labelled("Solver Settings", row -> row.text(VALUE, plan.solverSettings()));
        // no note beside it, so a long score runs on over the empty cells to its right
        labelled("Solver Score", row -> row.text(VALUE, plan.score()));
        labelled("Cost Catalog", row -> row.text(VALUE, plan.estimate().catalog()));
        labelled("Covered List As Of", row -> coveredList.ifPresentOrElse(
                edition -> row.date(VALUE, edition.asOf()).note(NOTE, "findings reflect the " + edition.describe()),
                () -> row.text(VALUE, "not recorded")));
        next++;
        row(Look.SECTION).text(LABEL, "Inputs");
        if (plan.inputs().isEmpty()) {
            labelled("None", row -> {
            });
            return;
        }
        header("File", "Kind", "SHA-256");
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
        return labelled(Look.PLAIN, label, rest);
    }

    /** A row of a look with a label, filled across the sheet's columns when it is not plain; returns its index. */
    private int labelled(Look look, String label, Consumer<RowWriter> rest) {
        int index = next;
        RowWriter row = row(look).text(LABEL, label);
        if (look != Look.PLAIN) {
            for (int column = VALUE; column <= SENTENCE; column++) {
                row.blank(column);
            }
        }
        rest.accept(row);
        return index;
    }

    /** A table's header row of three headings (label, value and note columns), its band drawn across the sheet. */
    private void header(String label, String value, String note) {
        row(Look.HEADER).text(LABEL, label).text(VALUE, value).text(NOTE, note).blank(ON_TIME).blank(SENTENCE);
    }

    /**
     * A sentence or more across the sheet's columns (merged, wrapped, the row tall enough for its lines): the
     * cash answer in words, a reviewer's note. Text as every input's: never a formula.
     */
    private void paragraph(Look look, String text) {
        int index = next;
        RowWriter row = row(look).paragraph(LABEL, text);
        for (int column = VALUE; column <= SENTENCE; column++) {
            row.blank(column);
        }
        sheet.addMergedRegion(new CellRangeAddress(index, index, LABEL, SENTENCE));
        int width = 0;
        for (int w : WIDTHS) {
            width += w;
        }
        sheet.getRow(index).setHeightInPoints(lines(text, width) * 15f);
    }

    private RowWriter row(Look look) {
        return RowWriter.on(sheet, next++, styles, look);
    }

    /**
     * The lines a plain sentence takes wrapped in a width of characters: as a bold heading's count
     * ({@link TableWriter#linesFor}), less its allowance for bold, so a row is not made a line too tall.
     */
    private static int lines(String text, int width) {
        return TableWriter.linesFor(orElse(text, ""), width * 11 / 10);
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
