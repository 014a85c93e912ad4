package com.ripreplace.inventory.read;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generated workbooks holding every form a cell takes in an .xlsx, for the differential test: shared strings (with
 * formatted runs, spaces kept, Excel's escapes), inline strings, numbers written every way, booleans, errors, formulas
 * with their cached values (number, text, boolean, error), dates in the 1900 and the 1904 system, sparse rows and
 * columns, rows and cells without references, and strict OOXML.
 */
final class XlsxVariants {

    private XlsxVariants() {
    }

    static List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(poiWritten(folder.resolve("shared-strings-rich-text-formulas.xlsx"), new XSSFWorkbook(), false));
        written.add(poiWritten(folder.resolve("inline-strings-streamed.xlsx"), new SXSSFWorkbook(), false));
        written.add(poiWritten(folder.resolve("dates-1904.xlsx"), new XSSFWorkbook(), true));
        written.add(handWritten(folder.resolve("hand-written-transitional.xlsx"), PoiCells.TRANSITIONAL,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
        written.add(handWritten(folder.resolve("hand-written-strict.xlsx"), PoiCells.STRICT,
                "http://purl.oclc.org/ooxml/officeDocument/relationships"));
        return written;
    }

    /** A workbook POI writes: XSSF with shared strings, SXSSF with inline strings. */
    private static Path poiWritten(Path file, Workbook workbook, boolean date1904) throws IOException {
        try (workbook) {
            if (date1904 && workbook instanceof XSSFWorkbook xssf) {
                var properties = xssf.getCTWorkbook().isSetWorkbookPr() ? xssf.getCTWorkbook().getWorkbookPr()
                        : xssf.getCTWorkbook().addNewWorkbookPr();
                properties.setDate1904(true);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("\"$\"#,##0.00"));

            Sheet gear = workbook.createSheet("Equipment");
            Row header = gear.createRow(0);
            String[] names = {"Site ID", "Vendor", "Model", "Serial", "Quantity", "Purchase Date", "Unit Cost",
                    "In Service", "Total"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Object[][] lines = {
                    {"S1", "Huawei", "BBU3900", "A1", 2, LocalDate.of(2019, 6, 30), 12500.0, true},
                    {"S1", "  ZTE  ", "ZXSDR B8200", "0042", 1.5, LocalDate.of(1904, 1, 2), 0.1, false},
                    {"S2", "Ericsson", "Radio 4449", "line\nbreak", -3, LocalDate.of(2024, 2, 29), 1e15, true},
                    {"S3", "Nokia", "AirScale", "x_x000D_y", 1e-7, LocalDate.of(1999, 12, 31), 123456.789, false},
            };
            for (int r = 0; r < lines.length; r++) {
                Row row = gear.createRow(r + 1);
                Object[] line = lines[r];
                for (int c = 0; c < line.length; c++) {
                    var cell = row.createCell(c);
                    if (line[c] instanceof String text) {
                        cell.setCellValue(text);
                    } else if (line[c] instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        if (c == 6) {
                            cell.setCellStyle(money);
                        }
                    } else if (line[c] instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (line[c] instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    }
                }
                row.createCell(8).setCellFormula("E" + (r + 2) + "*G" + (r + 2));
            }
            Row formulas = gear.createRow(6);
            formulas.createCell(0).setCellFormula("\"S\"&\"4\"");
            formulas.createCell(1).setCellFormula("1/0");
            formulas.createCell(2).setCellFormula("E2>1");
            formulas.createCell(3).setCellFormula("TEXT(42,\"0\")");
            formulas.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
            formulas.createCell(5).setCellValue("");
            formulas.createCell(6).setCellValue("   ");

            Sheet sparse = workbook.createSheet("Sparse & <odd> 'name é");
            sparse.createRow(0).createCell(0).setCellValue("first");
            Row far = sparse.createRow(999);
            far.createCell(25).setCellValue("Z");
            far.createCell(26).setCellValue(26);
            far.createCell(255).setCellValue("IV");
            sparse.createRow(65535).createCell(2).setCellValue("row 65536");

            if (workbook instanceof XSSFWorkbook xssf) {
                XSSFRichTextString rich = new XSSFRichTextString("Huawei Quidway S5700");
                XSSFFont bold = xssf.createFont();
                bold.setBold(true);
                rich.applyFont(0, 6, bold);
                sparse.getRow(0).createCell(1).setCellValue(rich);
                xssf.getCreationHelper().createFormulaEvaluator().evaluateAll();
            } else {
                // SXSSF writes formulas without cached values; give the streamed workbook its values as text instead.
                workbook.getCreationHelper().createFormulaEvaluator();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            if (workbook instanceof SXSSFWorkbook streamed) {
                streamed.dispose();
            }
        }
        return file;
    }

    /**
     * Parts written by hand, in the forms other programs use: cells and rows without references, booleans written
     * "1"/"0", a formula's cached text (t="str"), numbers with exponents and trailing zeros, shared strings with
     * formatted runs and Excel's escapes, an inline string with formatted runs, cells out of column order.
     */
    private static Path handWritten(Path file, String main, String relationships) throws IOException {
        String packageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
        String types = main.equals(PoiCells.STRICT) ? "http://purl.oclc.org/ooxml/officeDocument/relationships/"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"" + packageRels + "\"><Relationship Id=\"rId1\" Type=\""
                + types + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relationships + "\"><workbookPr"
                + " date1904=\"1\"/><sheets><sheet name=\"Gear\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + packageRels + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + types + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + types + "sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
                + "</Relationships>");
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\" count=\"4\" uniqueCount=\"4\">"
                + "<si><t>Site ID</t></si>"
                + "<si><r><rPr><b/></rPr><t>Hua</t></r><r><t xml:space=\"preserve\">wei </t></r></si>"
                + "<si><t>tab_x0009_and cr_x000D_</t></si>"
                + "<si><t xml:space=\"preserve\">  spaced  </t></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"" + main + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\">"
                + "<v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"2\"><c t=\"inlineStr\"><is><t>S1</t></is></c><c><v>1.50</v></c><c t=\"b\"><v>1</v></c>"
                + "<c t=\"b\"><v>0</v></c><c t=\"e\"><v>#REF!</v></c></row>"
                + "<row><c r=\"B3\"><v>1.001E3</v></c><c><v>-0.0</v></c><c t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                + "<c t=\"inlineStr\"><is><r><t>Z</t></r><r><rPr><i/></rPr><t>TE</t></r></is></c></row>"
                + "<row r=\"7\"><c r=\"F7\"><f>1+1</f><v>2</v></c><c r=\"A7\"><v>44181</v></c>"
                + "<c r=\"C7\" t=\"str\"><f>TEXT(1,\"0\")</f><v>1</v></c></row>"
                + "</sheetData></worksheet>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
