package com.ripreplace.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cell styles of one plan workbook, created once (a workbook holds at most 64,000 styles, so a
 * style is never created per cell): every {@link Look} of a row crossed with every {@link Kind} of value.
 */
final class Styles {

    /** How a row reads. */
    enum Look {
        /** An ordinary row. */
        PLAIN,
        /** A row that needs attention: a site finishing after its deadline, a wave over its budget (light red). */
        ALERT,
        /** A totals row: bold, with a line above. */
        TOTAL,
        /** A table's header row: bold on grey. */
        HEADER,
        /** The heading of a block of the Summary sheet. */
        SECTION,
        /** The workbook's title. */
        TITLE
    }

    /** What a cell holds, and so its number format. */
    enum Kind {
        TEXT(null),
        /**
         * Text an input gave that Excel would take for a formula if someone re-entered it (it begins with
         * = + - @): shown with Excel's quote prefix, so editing the cell keeps it text.
         */
        QUOTED_TEXT(null),
        WHOLE("#,##0"),
        /** A count that is an identifier rather than a quantity (wave 1, crew 2): no thousands separator. */
        NUMBER("0"),
        MONEY("$#,##0.00"),
        /** Money that may go negative and matters when it does (a cash balance): negatives in red. */
        BALANCE("$#,##0.00;[Red]-$#,##0.00"),
        PERCENT("0.0%"),
        DATE("yyyy-mm-dd"),
        DATE_TIME("yyyy-mm-dd hh:mm");

        private final String format;

        Kind(String format) {
            this.format = format;
        }

        String format() {
            return format;
        }
    }

    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] DARK_RED = {(byte) 0x9C, 0x00, 0x06};
    private static final byte[] GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

    private final Map<Look, Map<Kind, CellStyle>> styles = new EnumMap<>(Look.class);

    Styles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Map<Look, Font> fonts = fonts(workbook);
        for (Look look : Look.values()) {
            Map<Kind, CellStyle> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
                style.setFont(fonts.get(look));
                if (kind.format() != null) {
                    style.setDataFormat(formats.getFormat(kind.format()));
                }
                if (kind == Kind.QUOTED_TEXT) {
                    style.setQuotePrefixed(true);
                }
                dress(style, look);
                byKind.put(kind, style);
            }
            styles.put(look, byKind);
        }
    }

    CellStyle of(Look look, Kind kind) {
        return styles.get(look).get(kind);
    }

    private static void dress(XSSFCellStyle style, Look look) {
        switch (look) {
            case ALERT -> {
                style.setFillForegroundColor(new XSSFColor(LIGHT_RED, null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case HEADER -> {
                style.setFillForegroundColor(new XSSFColor(GREY, null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
            }
            case TOTAL -> style.setBorderTop(BorderStyle.THIN);
            default -> {
            }
        }
    }

    private static Map<Look, Font> fonts(Workbook workbook) {
        Map<Look, Font> fonts = new EnumMap<>(Look.class);
        Font plain = workbook.createFont();
        XSSFFont alert = (XSSFFont) workbook.createFont();
        alert.setColor(new XSSFColor(DARK_RED, null));
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font title = workbook.createFont();
        title.setBold(true);
        title.setFontHeightInPoints((short) 14);
        fonts.put(Look.PLAIN, plain);
        fonts.put(Look.ALERT, alert);
        fonts.put(Look.TOTAL, bold);
        fonts.put(Look.HEADER, bold);
        fonts.put(Look.SECTION, bold);
        fonts.put(Look.TITLE, title);
        return fonts;
    }
}
