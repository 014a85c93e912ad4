package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Restyling the plan workbook without code: templates/plan-template.xlsx. */
class PlanTemplateTest {

    private static final Path SHIPPED = Path.of("templates", "plan-template.xlsx");
    private static final byte[] GREEN = {0x00, (byte) 0xB0, 0x50};

    @TempDir
    Path dir;

    @Test
    void theShippedTemplateHoldsTheBuiltInStyles() throws IOException {
        assertThat(Files.isRegularFile(SHIPPED)).as(SHIPPED + " is shipped").isTrue();
        assertThat(PlanTemplate.read(SHIPPED)).isEqualTo(StyleBook.builtIn());
    }

    @Test
    void aRestyledTemplateChangesTheWrittenHeaderFillFontAndMoneyFormat() throws IOException {
        Path template = restyled();
        Path out = dir.resolve("plan.xlsx");
        PlanWorkbookWriter.withTemplate(template).write(aPlanOf(3).sitesOverWaves(2).build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            for (String sheet : new String[] {"Schedule", "Waves", "Equipment", "Import Notes"}) {
                XSSFCellStyle header = (XSSFCellStyle) workbook.cell(sheet, 0, 0).getCellStyle();
                assertThat(header.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(header.getFillForegroundXSSFColor().getARGBHex()).as(sheet).isEqualTo("FF00B050");
                assertThat(header.getFont().getFontName()).isEqualTo("Arial");
                assertThat(header.getFont().getItalic()).isTrue();
            }
            assertThat(workbook.cell("Schedule", 1, 7).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"USD\"");
            assertThat(((XSSFCellStyle) workbook.cell("Schedule", 1, 0).getCellStyle()).getFillPattern())
                    .as("what the template leaves alone keeps its built-in style").isEqualTo(FillPatternType.NO_FILL);
            assertThat(workbook.cell("Schedule", 1, 4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void theDefaultWriterUsesTheTemplateTheSystemPropertyNames() throws IOException {
        Path template = restyled();
        Path out = dir.resolve("plan.xlsx");
        String before = System.getProperty(PlanTemplate.PROPERTY);
        System.setProperty(PlanTemplate.PROPERTY, template.toString());
        try {
            new PlanWorkbookWriter().write(aPlanOf(3).sitesOverWaves(2).build(), out);
        } finally {
            if (before == null) {
                System.clearProperty(PlanTemplate.PROPERTY);
            } else {
                System.setProperty(PlanTemplate.PROPERTY, before);
            }
        }
        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            XSSFCellStyle header = (XSSFCellStyle) workbook.cell("Schedule", 0, 0).getCellStyle();
            assertThat(header.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FF00B050");
        }
    }

    @Test
    void withoutATemplateTheBuiltInStylesApply() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        PlanWorkbookWriter.withBuiltInStyles().write(aPlanOf(3).sitesOverWaves(2).build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            XSSFCellStyle header = (XSSFCellStyle) workbook.cell("Schedule", 0, 0).getCellStyle();
            assertThat(header.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFD9D9D9");
            assertThat(header.getFont().getBold()).isTrue();
        }
    }

    @Test
    void aTemplateWithoutAStylesSheetIsRefusedWithItsName() throws IOException {
        Path template = dir.resolve("no-styles.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            workbook.createSheet("Other");
            workbook.write(out);
        }
        assertThatThrownBy(() -> PlanWorkbookWriter.withTemplate(template)).isInstanceOf(IOException.class)
                .hasMessageContaining("no-styles.xlsx").hasMessageContaining("no sheet named Styles");
    }

    /** The shipped template with the Header sample green, italic Arial and Money shown as "1,234.56 USD". */
    private Path restyled() throws IOException {
        Path template = dir.resolve("plan-template.xlsx");
        try (InputStream in = Files.newInputStream(SHIPPED); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("Styles")) {
                Cell name = row.getCell(0);
                Cell sample = row.getCell(1);
                if (name == null || sample == null) {
                    continue;
                }
                if (name.getStringCellValue().equals("Header")) {
                    XSSFCellStyle style = workbook.createCellStyle();
                    style.cloneStyleFrom(sample.getCellStyle());
                    style.setFillForegroundColor(new XSSFColor(GREEN, null));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    XSSFFont font = workbook.createFont();
                    font.setFontName("Arial");
                    font.setItalic(true);
                    font.setBold(true);
                    style.setFont(font);
                    sample.setCellStyle(style);
                }
                if (name.getStringCellValue().equals("Money")) {
                    CellStyle style = workbook.createCellStyle();
                    style.cloneStyleFrom(sample.getCellStyle());
                    style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"USD\""));
                    sample.setCellStyle(style);
                }
            }
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
        return template;
    }
}
