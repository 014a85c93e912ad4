package com.ripreplace.workbook;

import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Writes a table sheet's frame: the header row, rows in order, a totals row of live sums, column widths,
 * the frozen header and an auto-filter over the header and data (not the totals, so sorting leaves them last).
 */
final class TableWriter {

    private final Sheet sheet;
    private final Styles styles;
    private final Table table;
    private final List<? extends SheetColumn> columns;
    /** The numbers written to each column so far, which the totals row's sums cache. */
    private final double[] tally;
    /** Widths that differ from the columns' own, by column index (fitted to the text). */
    private final Map<Integer, Integer> widths = new HashMap<>();
    private int next;

    TableWriter(Sheet sheet, Styles styles, Table table, List<? extends SheetColumn> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.tally = new double[this.columns.stream().mapToInt(SheetColumn::index).max().orElse(-1) + 1];
        this.next = table.firstRow();
    }

    /** Gives a column another width than its own, in characters (before {@link #header()}, for its height). */
    void width(SheetColumn column, int characters) {
        widths.put(column.index(), characters);
    }

    void header() {
        header(sheet, styles, table.firstRow() - 1, columns, this::widthOf);
    }

    private int widthOf(SheetColumn column) {
        return widths.getOrDefault(column.index(), column.width());
    }

    /**
     * A header row, tall enough for its longest heading to wrap within its column's width (an explicit height:
     * neither Excel nor LibreOffice fits a row to wrapped text reliably when a file opens).
     */
    static RowWriter header(Sheet sheet, Styles styles, int rowIndex, List<? extends SheetColumn> columns) {
        return header(sheet, styles, rowIndex, columns, SheetColumn::width);
    }

    private static RowWriter header(Sheet sheet, Styles styles, int rowIndex, List<? extends SheetColumn> columns,
                                    ToIntFunction<SheetColumn> width) {
        RowWriter header = RowWriter.on(sheet, rowIndex, styles, Look.HEADER);
        int lines = 1;
        for (SheetColumn column : columns) {
            header.text(column.index(), column.header());
            lines = Math.max(lines, linesFor(column.header(), width.applyAsInt(column)));
        }
        sheet.getRow(rowIndex).setHeightInPoints(Math.min(lines, 3) * 15f);
        return header;
    }

    /** How many lines a heading takes wrapped at word boundaries within a width of characters (bold: a little wider). */
    static int linesFor(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = (int) Math.ceil(word.length() * 1.1);
            if (used == 0) {
                used = length;
            } else if (used + 1 + length <= usable) {
                used += 1 + length;
            } else {
                lines++;
                used = length;
            }
        }
        return lines;
    }

    /** The next data row; a highlighted row is filled across every column so it reads as one band. */
    RowWriter row(Look look) {
        if (next > table.lastRow()) {
            throw new IllegalStateException(table.sheet() + " has room for " + table.rows() + " rows");
        }
        RowWriter row = RowWriter.tallied(sheet, next++, styles, look, tally);
        if (look != Look.PLAIN) {
            columns.forEach(column -> row.blank(column.index()));
        }
        return row;
    }

    /** The totals row, labelled "Total" in the first column, its line drawn across every column. */
    RowWriter totals() {
        RowWriter totals = RowWriter.on(sheet, table.totalsRow(), styles, Look.TOTAL);
        columns.forEach(column -> totals.blank(column.index()));
        return totals.text(0, "Total");
    }

    /** A live sum of the column's data into the totals row (a plain zero when there are no rows). */
    void sum(RowWriter totals, SheetColumn column, Kind kind) {
        table.localColumn(column.index()).ifPresentOrElse(
                range -> totals.formula(column.index(), "SUM(" + range + ")", kind, tally[column.index()]),
                () -> totals.zero(column.index(), kind));
    }

    /** What the column's data rows add up to so far. */
    double total(SheetColumn column) {
        return tally[column.index()];
    }

    /** Widths, the frozen header, the filter, and pages printed landscape with the header repeated. */
    void frame() {
        frame(0);
    }

    /** As {@link #frame()}, also freezing the first {@code frozenColumns} columns (ids that name the row). */
    void frame(int frozenColumns) {
        widths();
        sheet.createFreezePane(frozenColumns, table.firstRow());
        sheet.setAutoFilter(new CellRangeAddress(table.firstRow() - 1, Math.max(table.firstRow() - 1, table.lastRow()),
                0, columns.size() - 1));
        Printing.landscape(sheet, table.firstRow(),
                columns.stream().mapToInt(SheetColumn::index).max().orElse(0));
    }

    void widths() {
        for (SheetColumn column : columns) {
            sheet.setColumnWidth(column.index(), widthOf(column) * 256);
        }
    }
}
