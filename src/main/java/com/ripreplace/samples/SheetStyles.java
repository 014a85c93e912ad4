package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles a generated workbook uses, created once per workbook. */
final class SheetStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String CURRENCY_FORMAT = "\"$\"#,##0.00";
    static final String WHOLE_CURRENCY_FORMAT = "\"$\"#,##0";
    static final String PERCENT_FORMAT = "0.0%";

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle date;
    private final CellStyle currency;
    private final CellStyle wholeCurrency;
    private final CellStyle percent;
    private final CellStyle coordinate;

    SheetStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        currency = workbook.createCellStyle();
        currency.setDataFormat(formats.getFormat(CURRENCY_FORMAT));
        wholeCurrency = workbook.createCellStyle();
        wholeCurrency.setDataFormat(formats.getFormat(WHOLE_CURRENCY_FORMAT));
        percent = workbook.createCellStyle();
        percent.setDataFormat(formats.getFormat(PERCENT_FORMAT));
        coordinate = workbook.createCellStyle();
        coordinate.setDataFormat(formats.getFormat("0.000000"));
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle date() {
        return date;
    }

    CellStyle currency() {
        return currency;
    }

    CellStyle wholeCurrency() {
        return wholeCurrency;
    }

    CellStyle percent() {
        return percent;
    }

    CellStyle coordinate() {
        return coordinate;
    }
}
