package com.ripreplace.workbook;

import com.ripreplace.inventory.Problem;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.workbook.Styles.Look;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/**
 * The {@code Import Notes} sheet: every warning from reading the inventory, located as a person finds it
 * (file, sheet, row, column letter), or one line saying there were none.
 */
final class ImportNotesSheet {

    static final String NAME = "Import Notes";
    static final String NONE = "No warnings";

    enum Column implements SheetColumn {
        FILE("File", 30),
        SHEET("Sheet", 18),
        ROW("Row", 8),
        COLUMN("Column", 8),
        MESSAGE("Message", 100);

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

    ImportNotesSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(PlanOutcome plan) {
        List<Problem> notes = plan.importNotes();
        Table table = Table.belowHeader(NAME, notes.size());
        TableWriter writer = new TableWriter(sheet, styles, table, List.of(Column.values()));
        FittedWidths widths = new FittedWidths();
        for (Problem note : notes) {
            widths.see(Column.FILE, note.file());
            widths.see(Column.SHEET, note.sheet());
            widths.see(Column.MESSAGE, note.message());
        }
        writer.width(Column.FILE, widths.width(Column.FILE, 60));
        writer.width(Column.SHEET, widths.width(Column.SHEET, 30));
        writer.width(Column.MESSAGE, widths.width(Column.MESSAGE, 140));
        writer.header();
        for (Problem note : notes) {
            writer.row(Look.PLAIN)
                    .text(Column.FILE.index(), note.file())
                    .text(Column.SHEET.index(), note.sheet())
                    .ordinal(Column.ROW.index(), note.row())
                    .text(Column.COLUMN.index(), note.column())
                    .text(Column.MESSAGE.index(), note.message());
        }
        if (notes.isEmpty()) {
            RowWriter.on(sheet, table.firstRow(), styles, Look.PLAIN).text(Column.FILE.index(), NONE);
        }
        writer.frame();
    }
}
