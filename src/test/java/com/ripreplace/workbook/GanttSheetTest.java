package com.ripreplace.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The Gantt sheet: sites by wave on a calendar, critical and late sites visibly different, the deadline marked. */
class GanttSheetTest {

    private static final String SHEET = "Gantt";
    private static final int HEADER = GanttSheet.HEADER_ROW;
    private static final int FIRST_WAVE = GanttSheet.FIRST_WAVE;
    private static final String BLUE = "FF5B9BD5";
    private static final String ORANGE = "FFED7D31";
    private static final String DARK_RED = "FFC00000";
    private static final String LIGHT_RED = "FFFFC7CE";

    @TempDir
    Path dir;

    @Test
    void wavesAreColumnsHeadedWithTheirFirstMonthAsRealDatesThroughTheDeadline() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            List<String> header = workbook.texts(SHEET, HEADER);
            assertThat(header.subList(0, FIRST_WAVE)).containsExactly("Site ID", "Site Name", "Wave", "Crew", "Start",
                    "Finish");
            assertThat(header.subList(FIRST_WAVE, header.size())).as("January to the deadline's December")
                    .containsExactly("Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "May 2027", "Jun 2027", "Jul 2027",
                            "Aug 2027", "Sep 2027", "Oct 2027", "Nov 2027", "Dec 2027");
            Cell january = workbook.cell(SHEET, HEADER, FIRST_WAVE);
            assertThat(january.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(january)).isTrue();
            assertThat(january.getCellStyle().getDataFormatString()).isEqualTo("mmm yyyy");
            assertThat(january.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        }
    }

    @Test
    void eachSitesWaveCellIsFilledBlueAndACriticalSitesOrange() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, HEADER + 1).subList(0, FIRST_WAVE)).containsExactly("WY-00001", "Elk Ridge",
                    "1", "1", "2027-01-01", "2027-01-05");
            assertThat(filledColumns(workbook, HEADER + 1)).as("the critical first site, in wave 1")
                    .containsExactly(FIRST_WAVE + ":" + ORANGE, FIRST_WAVE + 11 + ":" + LIGHT_RED);
            assertThat(filledColumns(workbook, HEADER + 3)).as("the third site, in wave 2")
                    .containsExactly(FIRST_WAVE + 1 + ":" + BLUE, FIRST_WAVE + 11 + ":" + LIGHT_RED);
        }
    }

    @Test
    void aSiteFinishingAfterTheDeadlineIsFilledDarkRedAndTheDeadlinesColumnIsMarked() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).thatRunsPastTheDeadline().build())) {
            List<String> header = workbook.texts(SHEET, HEADER);
            assertThat(header.subList(FIRST_WAVE, header.size())).containsExactly("Jan 2027", "Feb 2027");
            assertThat(workbook.cell(SHEET, HEADER - 1, FIRST_WAVE).getStringCellValue()).isEqualTo("Deadline");
            assertThat(fill(workbook.cell(SHEET, HEADER, FIRST_WAVE))).isEqualTo(LIGHT_RED);
            assertThat(fill(workbook.cell(SHEET, HEADER, FIRST_WAVE + 1))).isEqualTo("FFD9D9D9");
            assertThat(filledColumns(workbook, HEADER + 3)).as("the late third site in wave 2")
                    .containsExactly(FIRST_WAVE + ":" + LIGHT_RED, FIRST_WAVE + 1 + ":" + DARK_RED);
        }
    }

    @Test
    void aLegendExplainsTheColours() throws IOException {
        try (OpenedPlan workbook = OpenedPlan.written(dir, aPlanOf(3).sitesOverWaves(2).build())) {
            assertThat(workbook.texts(SHEET, 1)).containsExactly("Scheduled", "the wave a site is worked in");
            assertThat(fill(workbook.cell(SHEET, 1, 0))).isEqualTo(BLUE);
            assertThat(fill(workbook.cell(SHEET, 2, 0))).isEqualTo(ORANGE);
            assertThat(fill(workbook.cell(SHEET, 3, 0))).isEqualTo(DARK_RED);
            assertThat(workbook.texts(SHEET, 4)).containsExactly("Deadline",
                    "the wave holding the deadline in force, 2027-12-31");
            assertThat(workbook.sheet(SHEET).getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        }
    }

    /** "column:ARGB" of every filled cell of a row. */
    private static List<String> filledColumns(OpenedPlan workbook, int row) {
        List<String> filled = new ArrayList<>();
        Row r = workbook.sheet(SHEET).getRow(row);
        for (Cell cell : r) {
            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
            if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                filled.add(cell.getColumnIndex() + ":" + style.getFillForegroundXSSFColor().getARGBHex());
            }
        }
        return filled;
    }

    private static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex();
    }
}
