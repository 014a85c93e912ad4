package com.ripreplace.workbook;

import com.ripreplace.check.CheckedItem;
import com.ripreplace.cost.CostKind;
import com.ripreplace.cost.CostLine;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.SourceRef;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Equipment} sheet: every line of gear the inventory gave, where it was read, the finding on it
 * (covered, entity, confidence, review flag, reason, reimbursable, overridden by an engineer) and, for
 * gear to replace, its cost lines from the estimate (equipment, installation, removal, disposal), its total and
 * the eligible part. The last column says whether the line is to be ripped out and replaced: covered gear of a
 * category listing (consumer routers, hotspots, CPE) shows Covered Yes and Replace No unless an engineer decided. Lines that need review are shown in light amber. Below the totals row, the per-site
 * costs (which belong to no one line), so that the sheet adds up to the estimate's total.
 */
final class EquipmentSheet {

    static final String NAME = "Equipment";

    enum Column implements SheetColumn {
        FILE("File", 22),
        SHEET("Sheet", 14),
        ROW("Row", 7),
        SITE_ID("Site ID", 12),
        VENDOR("Vendor", 16),
        MODEL("Model", 18),
        SERIAL("Serial", 16),
        CATEGORY("Category", 16),
        COST_CATEGORY("Cost Category", 16),
        QUANTITY("Quantity", 9),
        PURCHASE_DATE("Purchase Date", 12),
        COVERED("Covered", 9),
        ENTITY("Entity", 12),
        CONFIDENCE("Confidence", 11),
        NEEDS_REVIEW("Needs Review", 9),
        REASON("Reason", 60),
        REIMBURSABLE("Reimbursable", 13),
        OVERRIDDEN("Overridden", 11),
        EQUIPMENT("Equipment", 14),
        INSTALLATION("Installation", 14),
        REMOVAL("Removal", 13),
        DISPOSAL("Disposal", 13),
        TOTAL_COST("Total Cost", 15),
        ELIGIBLE("Eligible Cost", 15),
        NOT_ELIGIBLE("Not Eligible", 15),
        /** Yes for gear to rip out and replace; No for the rest, among them category gear that may stay in service. */
        REPLACE("Replace", 9);

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

    /** The cost columns of a line, in the order of {@link CostKind}'s first four. */
    private static final List<Column> LINE_COSTS = List.of(Column.EQUIPMENT, Column.INSTALLATION, Column.REMOVAL,
            Column.DISPOSAL);
    private static final Map<CostKind, Column> COLUMN_OF_KIND = Map.of(CostKind.EQUIPMENT, Column.EQUIPMENT,
            CostKind.INSTALLATION, Column.INSTALLATION, CostKind.REMOVAL, Column.REMOVAL, CostKind.DISPOSAL,
            Column.DISPOSAL);

    /** The text columns that widen to fit what the inventory gave, and how far. */
    private static final Map<Column, Integer> FIT_CAPS = Map.of(Column.FILE, 48, Column.SHEET, 24, Column.SITE_ID, 20,
            Column.VENDOR, 28, Column.MODEL, 30, Column.SERIAL, 24, Column.CATEGORY, 24, Column.ENTITY, 20,
            Column.REASON, 100);

    /** What the estimate costs one line of gear at. */
    private static final class LineCosts {
        private final EnumMap<Column, Money> amounts = new EnumMap<>(Column.class);
        private Money eligible = Money.ZERO;
        private String category;

        void add(CostLine line) {
            Column column = COLUMN_OF_KIND.get(line.kind());
            amounts.merge(column, line.amount(), Money::plus);
            eligible = eligible.plus(line.eligibleAmount());
            if (category == null) {
                category = line.category();
            }
        }
    }

    private final Sheet sheet;
    private final Styles styles;

    EquipmentSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static Table table(PlanOutcome plan) {
        return Table.belowHeader(NAME, plan.items().size());
    }

    void write(PlanOutcome plan) {
        Map<SourceRef, LineCosts> costs = new HashMap<>();
        EnumMap<CostKind, Money[]> siteCosts = new EnumMap<>(CostKind.class);
        for (SiteEstimate site : plan.estimate().sites()) {
            for (CostLine line : site.lines()) {
                if (line.kind().perSite() || line.source() == null) {
                    Money[] sum = siteCosts.computeIfAbsent(line.kind(), k -> new Money[] {Money.ZERO, Money.ZERO});
                    sum[0] = sum[0].plus(line.amount());
                    sum[1] = sum[1].plus(line.eligibleAmount());
                } else {
                    costs.computeIfAbsent(line.source(), s -> new LineCosts()).add(line);
                }
            }
        }
        Table table = table(plan);
        FittedWidths widths = new FittedWidths();
        for (CheckedItem item : plan.items()) {
            EquipmentLine line = item.line();
            widths.see(Column.FILE, line.source().file());
            widths.see(Column.SHEET, line.source().sheet());
            widths.see(Column.SITE_ID, line.siteId());
            widths.see(Column.VENDOR, line.vendor());
            widths.see(Column.MODEL, line.model());
            widths.see(Column.SERIAL, line.serial());
            widths.see(Column.CATEGORY, line.category());
            widths.see(Column.ENTITY, item.finding().entity());
            widths.see(Column.REASON, item.finding().reason());
        }
        TableWriter writer = new TableWriter(sheet, styles, table, List.of(Column.values()));
        FIT_CAPS.forEach((column, cap) -> writer.width(column, widths.width(column, cap)));
        writer.header();
        for (CheckedItem item : plan.items()) {
            Finding finding = item.finding();
            line(writer.row(finding.needsReview() ? Look.NOTICE : Look.PLAIN), item, costs.remove(item.line().source()));
        }
        Money[] unlisted = {Money.ZERO, Money.ZERO};
        for (LineCosts left : costs.values()) {
            left.amounts.values().forEach(amount -> unlisted[0] = unlisted[0].plus(amount));
            unlisted[1] = unlisted[1].plus(left.eligible);
        }
        RowWriter totals = writer.totals();
        writer.sum(totals, Column.QUANTITY, Kind.WHOLE);
        for (Column column : List.of(Column.EQUIPMENT, Column.INSTALLATION, Column.REMOVAL, Column.DISPOSAL,
                Column.TOTAL_COST, Column.ELIGIBLE, Column.NOT_ELIGIBLE)) {
            writer.sum(totals, column, Kind.MONEY);
        }
        writer.frame(1);
        siteCosts(table.totalsRow(), siteCosts, costs.isEmpty() ? null : unlisted,
                new double[] {writer.total(Column.TOTAL_COST), writer.total(Column.ELIGIBLE),
                        writer.total(Column.NOT_ELIGIBLE)});
    }

    private static void line(RowWriter row, CheckedItem item, LineCosts costs) {
        EquipmentLine line = item.line();
        Finding finding = item.finding();
        SourceRef source = line.source();
        row.text(Column.FILE.index(), source.file())
                .text(Column.SHEET.index(), source.sheet())
                .ordinal(Column.ROW.index(), source.row())
                .note(Column.SITE_ID.index(), line.siteId())
                .text(Column.VENDOR.index(), line.vendor())
                .text(Column.MODEL.index(), line.model())
                .text(Column.SERIAL.index(), line.serial())
                .text(Column.CATEGORY.index(), line.category())
                .whole(Column.QUANTITY.index(), line.quantity())
                .date(Column.PURCHASE_DATE.index(), line.purchaseDate())
                .yesNo(Column.COVERED.index(), finding.covered())
                .text(Column.ENTITY.index(), finding.entity())
                .percent(Column.CONFIDENCE.index(), finding.confidence())
                .yesNo(Column.NEEDS_REVIEW.index(), finding.needsReview())
                .text(Column.REASON.index(), finding.reason())
                .yesNo(Column.REIMBURSABLE.index(), finding.reimbursable())
                .yesNo(Column.OVERRIDDEN.index(), finding.overridden())
                .yesNo(Column.REPLACE.index(), finding.mustReplace());
        if (costs == null) {
            return;
        }
        row.text(Column.COST_CATEGORY.index(), costs.category);
        Money total = Money.ZERO;
        for (Column column : LINE_COSTS) {
            Money amount = costs.amounts.getOrDefault(column, Money.ZERO);
            row.money(column.index(), amount);
            total = total.plus(amount);
        }
        int r = row.number();
        row.formula(Column.TOTAL_COST.index(), "SUM(" + Column.EQUIPMENT.letter() + r + ":" + Column.DISPOSAL.letter()
                + r + ")", Kind.MONEY, dollars(total));
        row.money(Column.ELIGIBLE.index(), costs.eligible);
        row.formula(Column.NOT_ELIGIBLE.index(), Column.TOTAL_COST.letter() + r + "-" + Column.ELIGIBLE.letter() + r,
                Kind.MONEY, dollars(total.minus(costs.eligible)));
    }

    /**
     * The per-site costs (mobilisation, tower climb, engineering, contingency: all sites together), then the
     * estimate's total: the lines' total plus these, as live formulas.
     */
    private void siteCosts(int totalsRow, EnumMap<CostKind, Money[]> siteCosts, Money[] unlisted, double[] lineTotals) {
        int next = totalsRow + 2;
        RowWriter.on(sheet, next++, styles, Look.SECTION).text(0, "Per-Site Costs (all sites; they belong to no one "
                + "line of gear)");
        int first = next;
        Map<String, Money[]> rows = new LinkedHashMap<>();
        siteCosts.forEach((kind, sum) -> rows.put(label(kind), sum));
        if (unlisted != null) {
            rows.put("Cost lines of gear not listed above", unlisted);
        }
        double[] estimate = lineTotals.clone();
        for (Map.Entry<String, Money[]> entry : rows.entrySet()) {
            Money amount = entry.getValue()[0];
            Money eligible = entry.getValue()[1];
            RowWriter row = RowWriter.on(sheet, next++, styles, Look.PLAIN).text(0, entry.getKey())
                    .money(Column.TOTAL_COST.index(), amount)
                    .money(Column.ELIGIBLE.index(), eligible);
            int r = row.number();
            row.formula(Column.NOT_ELIGIBLE.index(), Column.TOTAL_COST.letter() + r + "-" + Column.ELIGIBLE.letter() + r,
                    Kind.MONEY, dollars(amount.minus(eligible)));
            estimate[0] += dollars(amount);
            estimate[1] += dollars(eligible);
            estimate[2] += dollars(amount.minus(eligible));
        }
        int last = next - 1;
        RowWriter total = RowWriter.on(sheet, next, styles, Look.TOTAL).text(0, "Estimate Total (lines of gear and "
                + "per-site costs)");
        List<Column> columns = List.of(Column.TOTAL_COST, Column.ELIGIBLE, Column.NOT_ELIGIBLE);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String lines = column.letter() + (totalsRow + 1);
            total.formula(column.index(), last < first ? lines
                    : lines + "+SUM(" + column.letter() + (first + 1) + ":" + column.letter() + (last + 1) + ")", Kind.MONEY,
                    estimate[i]);
        }
    }

    private static double dollars(Money money) {
        return money.amount().doubleValue();
    }

    private static String label(CostKind kind) {
        return switch (kind) {
            case MOBILISATION -> "Mobilisation";
            case TOWER_CLIMB -> "Tower Climb";
            case ENGINEERING -> "Engineering";
            case CONTINGENCY -> "Contingency";
            default -> "Other " + kind.label();
        };
    }
}
