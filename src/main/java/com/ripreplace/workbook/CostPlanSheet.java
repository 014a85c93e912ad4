package com.ripreplace.workbook;

import com.ripreplace.cost.CostKind;
import com.ripreplace.cost.CostLine;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.Numbering;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@code Cost Plan} sheet: what is spent in each wave, by category of gear (equipment, installation,
 * removal and disposal of that category's covered lines) and by per-site cost (mobilisation, tower climb,
 * engineering, contingency), then who pays: reimbursable (what the programme pays for the wave's sites after
 * the allocation cap: the Waves sheet's Claimed, linked) and carrier-paid (total spend less reimbursable). Row
 * totals, reimbursable, carrier-paid and the totals row are live formulas, so the sheet tells the same totals as
 * the Summary, Schedule and Waves sheets. Below the table, a chart of spend, reimbursement received and cash balance by wave, drawn from
 * the Waves sheet's cells.
 */
final class CostPlanSheet {

    static final String NAME = "Cost Plan";
    /** The category a line of gear without one is costed as, when the estimate gives none. */
    static final String UNCLASSIFIED = "Unclassified";

    private static final int WAVE = 0;
    private static final int START = 1;
    private static final int SITES = 2;
    private static final int FIRST_COST = 3;
    private static final int MONEY_WIDTH = 15;
    private static final int CHART_ROWS = 22;
    private static final List<CostKind> SITE_KINDS = List.of(CostKind.MOBILISATION, CostKind.TOWER_CLIMB,
            CostKind.ENGINEERING, CostKind.CONTINGENCY);

    /**
     * The cost columns of a plan: the categories of gear present (alphabetical), then the per-site costs present.
     */
    record Layout(List<String> categories, List<CostKind> siteKinds) {

        static Layout of(PlanOutcome plan) {
            TreeSet<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            EnumMap<CostKind, Boolean> kinds = new EnumMap<>(CostKind.class);
            for (SiteEstimate site : plan.estimate().sites()) {
                for (CostLine line : site.lines()) {
                    if (line.kind().perSite()) {
                        kinds.put(line.kind(), true);
                    } else {
                        categories.add(categoryOf(line));
                    }
                }
            }
            return new Layout(List.copyOf(categories),
                    SITE_KINDS.stream().filter(kinds::containsKey).toList());
        }

        int costColumns() {
            return categories.size() + siteKinds.size();
        }

        int total() {
            return FIRST_COST + costColumns();
        }

        int reimbursable() {
            return total() + 1;
        }

        int carrierPaid() {
            return total() + 2;
        }

        /** The cost column a line adds to. */
        int columnOf(CostLine line) {
            if (line.kind().perSite()) {
                return FIRST_COST + categories.size() + siteKinds.indexOf(line.kind());
            }
            int found = -1;
            String category = categoryOf(line);
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).equalsIgnoreCase(category)) {
                    found = i;
                    break;
                }
            }
            return FIRST_COST + found;
        }

        List<SheetColumn> columns() {
            List<SheetColumn> columns = new ArrayList<>();
            columns.add(new PlainColumn(WAVE, "Wave", 7));
            columns.add(new PlainColumn(START, "Start", 12));
            columns.add(new PlainColumn(SITES, "Sites", 8));
            int next = FIRST_COST;
            for (String category : categories) {
                columns.add(new PlainColumn(next++, category, MONEY_WIDTH));
            }
            for (CostKind kind : siteKinds) {
                columns.add(new PlainColumn(next++, header(kind), MONEY_WIDTH));
            }
            columns.add(new PlainColumn(next++, "Total Spend", 16));
            columns.add(new PlainColumn(next++, "Reimbursable", 16));
            columns.add(new PlainColumn(next, "Carrier-paid", 16));
            return columns;
        }
    }

    private final Sheet sheet;
    private final Styles styles;

    CostPlanSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The table's place: a row of column groups, the header, then one row per wave of the Waves sheet. */
    static Table table(PlanOutcome plan) {
        return new Table(NAME, 2, plan.waves().size());
    }

    void write(PlanOutcome plan) {
        Layout layout = Layout.of(plan);
        Table table = table(plan);
        Map<Integer, double[]> byWave = spendByWave(plan, layout);
        List<SheetColumn> columns = layout.columns();
        TableWriter writer = new TableWriter(sheet, styles, table, columns);
        WaveMoney money = WaveMoney.of(plan);
        Table waves = WavesSheet.table(plan);
        groups(layout);
        writer.header();
        int index = 0;
        for (WaveCashFlow wave : plan.waves()) {
            RowWriter row = writer.row(Look.PLAIN);
            int r = row.number();
            double[] figures = byWave.getOrDefault(wave.wave(), new double[layout.costColumns() + 1]);
            row.ordinal(WAVE, Numbering.wave(wave.wave())).date(START, wave.start()).whole(SITES, wave.sites());
            for (int i = 0; i < layout.costColumns(); i++) {
                row.number(FIRST_COST + i, figures[i], Kind.MONEY);
            }
            double spend = figures[layout.costColumns()];
            double reimbursable = money.reimbursable(wave.wave()).amount().doubleValue();
            if (layout.costColumns() == 0) {
                row.zero(layout.total(), Kind.MONEY);
            } else {
                row.formula(layout.total(), "SUM(" + Table.cell(r - 1, FIRST_COST) + ":"
                        + Table.cell(r - 1, layout.total() - 1) + ")", Kind.MONEY, spend);
            }
            row.formula(layout.reimbursable(), Table.relative(WavesSheet.NAME, waves.firstRow() + index++,
                    WavesSheet.Column.CLAIMED.index()), Kind.MONEY, reimbursable);
            row.formula(layout.carrierPaid(), Table.cell(r - 1, layout.total()) + "-"
                    + Table.cell(r - 1, layout.reimbursable()), Kind.MONEY, spend - reimbursable);
        }
        RowWriter totals = writer.totals();
        for (SheetColumn column : columns.subList(SITES, columns.size())) {
            writer.sum(totals, column, column.index() == SITES ? Kind.WHOLE : Kind.MONEY);
        }
        writer.frame(1);
        Printing.onPages(sheet, 0, table.firstRow(), 1);
        int notes = table.totalsRow() + 2;
        RowWriter.on(sheet, notes, styles, Look.PLAIN).text(WAVE, "Each site's whole cost is spent in its wave. "
                + "Reimbursable is what the programme pays for the wave's sites after the reimbursement allocation's cap "
                + "(the Waves sheet's Claimed); carrier-paid is the rest.");
        if (!plan.waves().isEmpty()) {
            chart(plan, notes + 2, Math.max(layout.carrierPaid() + 1, 10));
        }
    }

    /** Per wave: the amount of every cost column, then the whole spend. */
    private static Map<Integer, double[]> spendByWave(PlanOutcome plan, Layout layout) {
        Map<String, Integer> waveOf = new HashMap<>();
        for (ScheduledSite site : plan.schedule()) {
            waveOf.put(site.siteId(), site.wave());
        }
        Map<Integer, Money[]> exact = new HashMap<>();
        for (SiteEstimate site : plan.estimate().sites()) {
            Integer wave = waveOf.get(site.siteId());
            if (wave == null) {
                continue;
            }
            Money[] figures = exact.computeIfAbsent(wave, w -> zeros(layout.costColumns() + 1));
            for (CostLine line : site.lines()) {
                int at = layout.columnOf(line) - FIRST_COST;
                figures[at] = figures[at].plus(line.amount());
                figures[layout.costColumns()] = figures[layout.costColumns()].plus(line.amount());
            }
        }
        Map<Integer, double[]> byWave = new HashMap<>();
        exact.forEach((wave, figures) -> {
            double[] amounts = new double[figures.length];
            for (int i = 0; i < figures.length; i++) {
                amounts[i] = figures[i].amount().doubleValue();
            }
            byWave.put(wave, amounts);
        });
        return byWave;
    }

    /** The row above the header naming the column groups. */
    private void groups(Layout layout) {
        RowWriter row = RowWriter.on(sheet, 0, styles, Look.SECTION);
        int first = FIRST_COST;
        group(row, first, layout.categories().size(), "Gear by category: equipment, installation, removal, disposal");
        first += layout.categories().size();
        group(row, first, layout.siteKinds().size(), "Site costs");
        group(row, layout.total(), 3, "Who pays");
    }

    private void group(RowWriter row, int first, int width, String label) {
        if (width == 0) {
            return;
        }
        row.text(first, label);
        for (int column = first + 1; column < first + width; column++) {
            row.blank(column);
        }
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, first, first + width - 1));
        }
    }

    /**
     * Spend and reimbursement received as columns, the cash balance as a line, by wave: every series refers to
     * the Waves sheet's cells (so the chart follows an edit there) and carries the plan's figures as its cache.
     */
    private void chart(PlanOutcome plan, int topRow, int widthInColumns) {
        XSSFDrawing drawing = drawingOf(sheet);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, topRow, widthInColumns,
                topRow + CHART_ROWS));
        chart.setTitleText("Spend, reimbursement received and cash balance by wave");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis waves = chart.createCategoryAxis(AxisPosition.BOTTOM);
        waves.setTitle("Wave");
        XDDFValueAxis dollars = chart.createValueAxis(AxisPosition.LEFT);
        dollars.setTitle("US dollars");
        dollars.setCrosses(AxisCrosses.AUTO_ZERO);
        dollars.setCrossBetween(AxisCrossBetween.BETWEEN);
        dollars.setNumberFormat("$#,##0");

        Table table = WavesSheet.table(plan);
        List<WaveCashFlow> rows = plan.waves();
        Integer[] numbers = rows.stream().map(w -> Numbering.wave(w.wave())).toArray(Integer[]::new);
        XDDFDataSource<Integer> categories = XDDFDataSourcesFactory.fromArray(numbers,
                range(table, WavesSheet.Column.WAVE));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, waves, dollars);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        series(bars, categories, table, WavesSheet.Column.SPEND, rows, WaveCashFlow::spend, "4472C4");
        series(bars, categories, table, WavesSheet.Column.RECEIVED, rows, WaveCashFlow::received, "70AD47");
        chart.plot(bars);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, waves, dollars);
        lines.setVaryColors(false);
        XDDFLineChartData.Series balance = (XDDFLineChartData.Series) series(lines, categories, table,
                WavesSheet.Column.CASH_BALANCE, rows, WaveCashFlow::cashBalance, "C00000");
        balance.setMarkerStyle(MarkerStyle.CIRCLE);
        balance.setSmooth(false);
        chart.plot(lines);
    }

    private static XDDFChartData.Series series(XDDFChartData data, XDDFDataSource<Integer> categories, Table table,
                                               WavesSheet.Column column, List<WaveCashFlow> rows,
                                               Function<WaveCashFlow, Money> figure, String rgb) {
        Double[] values = rows.stream().map(w -> figure.apply(w).amount().doubleValue()).toArray(Double[]::new);
        XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(values, range(table, column));
        XDDFChartData.Series series = data.addSeries(categories, source);
        series.setTitle(column.header(), new CellReference(WavesSheet.NAME, 0, column.index(), true, true));
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb)));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        if (data instanceof XDDFLineChartData) {
            XDDFLineProperties line = new XDDFLineProperties(fill);
            line.setWidth(2.25);
            shape.setLineProperties(line);
        } else {
            shape.setFillProperties(fill);
        }
        series.setShapeProperties(shape);
        return series;
    }

    /** "Waves!$E$2:$E$13": a Waves column's data, fixed. */
    private static String range(Table table, WavesSheet.Column column) {
        return table.fixedColumn(column.index()).orElseThrow();
    }

    /** The sheet's drawing: a streamed sheet draws through the XSSF sheet behind it. */
    private static XSSFDrawing drawingOf(Sheet sheet) {
        if (sheet instanceof SXSSFSheet streamed) {
            streamed.createDrawingPatriarch();
            return streamed.getDrawingPatriarch();
        }
        return ((XSSFSheet) sheet).createDrawingPatriarch();
    }

    private static String categoryOf(CostLine line) {
        return line.category() == null || line.category().isBlank() ? UNCLASSIFIED : line.category();
    }

    private static Money[] zeros(int size) {
        Money[] zeros = new Money[size];
        java.util.Arrays.fill(zeros, Money.ZERO);
        return zeros;
    }

    private static String header(CostKind kind) {
        return switch (kind) {
            case MOBILISATION -> "Mobilisation";
            case TOWER_CLIMB -> "Tower Climb";
            case ENGINEERING -> "Engineering";
            case CONTINGENCY -> "Contingency";
            default -> throw new IllegalArgumentException(kind + " is not a per-site cost");
        };
    }
}
