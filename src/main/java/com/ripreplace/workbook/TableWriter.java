package com.ripreplace.workbook;

import com.ripreplace.workbook.Styles.Kind;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * Writes a table sheet's frame: the header row, rows in order, a totals row of live sums, column widths,
 * the frozen header and an auto-filter over the header and data (not the totals, so sorting leaves them last).
 */
final class TableWriter {

    private final Sheet sheet;
    private final Styles styles;
    private final Table table;
    private final List<? extends SheetColumn> columns;
    private int next;

    TableWriter(Sheet sheet, Styles styles, Table table, List<? extends SheetColumn> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.next = table.firstRow();
    }

    void header() {
        RowWriter header = RowWriter.on(sheet, table.firstRow() - 1, styles, Look.HEADER);
        for (SheetColumn column : columns) {
            header.text(column.index(), column.header());
        }
    }

    /** The next data row; a highlighted row is filled across every column so it reads as one band. */
    RowWriter row(Look look) {
        if (next > table.lastRow()) {
            throw new IllegalStateException(table.sheet() + " has room for " + table.rows() + " rows");
        }
        RowWriter row = RowWriter.on(sheet, next++, styles, look);
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
                range -> totals.formula(column.index(), "SUM(" + range + ")", kind),
                () -> totals.zero(column.index(), kind));
    }

    void frame() {
        for (SheetColumn column : columns) {
            sheet.setColumnWidth(column.index(), column.width() * 256);
        }
        sheet.createFreezePane(0, table.firstRow());
        sheet.setAutoFilter(new CellRangeAddress(table.firstRow() - 1, Math.max(table.firstRow() - 1, table.lastRow()),
                0, columns.size() - 1));
    }
}
