package com.ripreplace.workbook;

import com.ripreplace.workbook.StyleBook.Appearance;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The cell styles of one plan workbook, created once (a workbook holds at most 64,000 styles, so a
 * style is never created per cell): every {@link Look} of a row crossed with every {@link Kind} of value.
 * How each look reads and each kind's number format come from a {@link StyleBook}: the built-in one, or
 * the one {@code templates/plan-template.xlsx} describes (docs/workbook.md).
 */
final class Styles {

    /** How a row (or, on the Gantt sheet, a cell) reads. The label is its name in the template. */
    enum Look {
        /** An ordinary row. */
        PLAIN("Plain"),
        /** A row that needs attention: a site finishing after its deadline, a wave over its budget (light red). */
        ALERT("Alert"),
        /** A row a person should look at but that is not wrong: a line of gear that needs review (light amber). */
        NOTICE("Notice"),
        /** A totals row: bold, with a line above. */
        TOTAL("Total"),
        /** A table's header row: bold on grey. */
        HEADER("Header"),
        /** The heading of a block of a sheet. */
        SECTION("Section"),
        /** The workbook's title. */
        TITLE("Title"),
        /** Gantt: the wave a site is worked in. */
        GANTT_BAR("Gantt Bar"),
        /** Gantt: the wave of a critical site. */
        GANTT_CRITICAL("Gantt Critical"),
        /** Gantt: the wave of a site that finishes after the deadline in force. */
        GANTT_LATE("Gantt Late"),
        /** Gantt: the column of the wave holding the deadline in force. */
        GANTT_DEADLINE("Gantt Deadline");

        private final String label;

        Look(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** What a cell holds, and so its number format. The label is its name in the template (null: not restylable). */
    enum Kind {
        TEXT(null),
        /**
         * Text an input gave that Excel would take for a formula if someone re-entered it (it begins with
         * = + - @): shown with Excel's quote prefix, so editing the cell keeps it text.
         */
        QUOTED_TEXT(null),
        /** Text set one step in from the left, so it does not run into a number right-aligned beside it. */
        NOTE(null),
        /** A note an input gave that begins like a formula: indented and quote-prefixed. */
        QUOTED_NOTE(null),
        /** A sentence or more, wrapped within its cell (merged across a sheet's columns) and read from the top. */
        PARAGRAPH(null),
        /** A paragraph that begins like a formula: wrapped and quote-prefixed. */
        QUOTED_PARAGRAPH(null),
        WHOLE("Whole"),
        /** A count that is an identifier rather than a quantity (wave 1, crew 2): no thousands separator. */
        NUMBER("Number"),
        MONEY("Money"),
        /** Money that may go negative and matters when it does (a cash balance): negatives in red. */
        BALANCE("Balance"),
        PERCENT("Percent"),
        DATE("Date"),
        DATE_TIME("Date Time"),
        /** A month as a column heading ("Jan 2027"): a real date shown as its month. */
        MONTH("Month");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Its name in the template, or null for text, which has no number format. */
        String label() {
            return label;
        }
    }

    private final Map<Look, Map<Kind, CellStyle>> styles = new EnumMap<>(Look.class);

    Styles(Workbook workbook) {
        this(workbook, StyleBook.builtIn());
    }

    Styles(Workbook workbook, StyleBook book) {
        DataFormat formats = workbook.createDataFormat();
        for (Look look : Look.values()) {
            Appearance appearance = book.appearance(look);
            XSSFFont font = font(workbook, appearance);
            Map<Kind, CellStyle> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
                style.setFont(font);
                book.format(kind).ifPresent(format -> style.setDataFormat(formats.getFormat(format)));
                if (kind == Kind.QUOTED_TEXT || kind == Kind.QUOTED_NOTE || kind == Kind.QUOTED_PARAGRAPH) {
                    style.setQuotePrefixed(true);
                }
                if (kind == Kind.NOTE || kind == Kind.QUOTED_NOTE) {
                    style.setAlignment(HorizontalAlignment.LEFT);
                    style.setIndention((short) 1);
                }
                dress(style, appearance);
                if (kind == Kind.PARAGRAPH || kind == Kind.QUOTED_PARAGRAPH) {
                    style.setWrapText(true);
                }
                if (look != Look.HEADER) {
                    // a row made tall for a wrapped sentence (the Summary's what-if table) reads from its top line
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                }
                byKind.put(kind, style);
            }
            styles.put(look, byKind);
        }
    }

    CellStyle of(Look look, Kind kind) {
        return styles.get(look).get(kind);
    }

    private static void dress(XSSFCellStyle style, Appearance appearance) {
        appearance.fill().ifPresent(rgb -> {
            style.setFillForegroundColor(color(rgb));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        });
        style.setBorderTop(appearance.borderTop());
        style.setBorderBottom(appearance.borderBottom());
        style.setWrapText(appearance.wrap());
    }

    private static XSSFFont font(Workbook workbook, Appearance appearance) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(appearance.fontName());
        font.setFontHeight(appearance.fontPoints());
        font.setBold(appearance.bold());
        font.setItalic(appearance.italic());
        appearance.fontColor().ifPresent(rgb -> font.setColor(color(rgb)));
        return font;
    }

    private static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), null);
    }
}
