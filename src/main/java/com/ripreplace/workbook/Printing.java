package com.ripreplace.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape on letter paper, scaled to one page wide (two for a sheet wider than
 * {@value #CHARACTERS_PER_PAGE} characters, so its text stays legible), the header rows repeated on every
 * page, the sheet's name at the top and the page number at the bottom.
 */
final class Printing {

    /** About as many characters of column width as a landscape page holds at a legible scale (~60%). */
    static final int CHARACTERS_PER_PAGE = 240;

    private Printing() {
    }

    /**
     * @param headerRows the rows above the data (0 for none), repeated at the top of every printed page
     * @param lastColumn the sheet's last column, whose widths decide how many pages wide it prints
     */
    static void landscape(Sheet sheet, int headerRows, int lastColumn) {
        landscape(sheet, 0, headerRows, lastColumn);
    }

    /** As {@link #landscape(Sheet, int, int)}, repeating the rows from {@code firstRepeated} up to {@code headerRows}. */
    static void landscape(Sheet sheet, int firstRepeated, int headerRows, int lastColumn) {
        int characters = 0;
        for (int column = 0; column <= lastColumn; column++) {
            characters += sheet.getColumnWidth(column) / 256;
        }
        onPages(sheet, firstRepeated, headerRows, characters <= CHARACTERS_PER_PAGE ? 1 : 2);
    }

    /** Landscape, {@code pagesWide} pages wide, as many pages tall as it takes. */
    static void onPages(Sheet sheet, int firstRepeated, int headerRows, int pagesWide) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) pagesWide);
        setup.setFitHeight((short) 0);
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setCenter("Page &P of &N");
        if (headerRows > firstRepeated) {
            sheet.setRepeatingRows(new CellRangeAddress(firstRepeated, headerRows - 1, -1, -1));
        }
    }
}
