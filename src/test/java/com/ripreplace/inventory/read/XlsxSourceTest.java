package com.ripreplace.inventory.read;

import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.read.UnusableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The .xlsx reader on workbooks written part by part, in the forms Excel, LibreOffice, Google Sheets and
 * exporting programs use: shared and inline strings with formatted runs, cells and rows without references,
 * every cell type, relationship targets written either way, strict OOXML namespaces.
 */
class XlsxSourceTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @TempDir
    Path dir;

    /** A workbook of the given sheets (name to sheetData XML), strings shared as given. */
    private Path workbook(String name, Map<String, String> sheets, String sharedStrings) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + TYPES + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            n++;
            workbook.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(TYPES)
                    .append("worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + MAIN + "\"><sheetData>" + sheet.getValue() + "</sheetData></worksheet>");
        }
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(TYPES)
                    .append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
        }
        parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        return zip(name, parts);
    }

    private Path zip(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static List<List<String>> cells(Path file, int sheet) throws UnusableFileException, IOException {
        try (WorkbookSource source = new FileInspector(InputLimits.DEFAULTS.reading()).open(file, file.getFileName().toString()).source();
             Stream<RawRow> rows = source.rows(sheet)) {
            List<List<String>> read = new ArrayList<>();
            rows.forEach(row -> {
                List<String> shown = new ArrayList<>();
                shown.add("row " + row.number());
                for (int c = 0; c < row.width(); c++) {
                    RawCell cell = row.at(c);
                    if (cell != null) {
                        shown.add(RawCell.columnLetter(c) + "=" + cell.kind() + ":" + cell.value());
                    }
                }
                read.add(shown);
            });
            return read;
        }
    }

    @Test
    void readsSharedAndInlineStringsWithFormattedRunsButNotPhoneticGuides() throws Exception {
        Path file = workbook("strings.xlsx", Map.of("Equipment",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>ZX</t></r><r><t xml:space=\"preserve\">SDR B8200 </t></r></is></c></row>"),
                "<si><t>Site ID</t></si><si><r><t>Hua</t></r><r><rPr><i/></rPr><t>wei</t></r><rPh sb=\"0\" eb=\"1\"><t>ファーウェイ</t></rPh></si>");

        assertThat(cells(file, 0)).containsExactly(
                List.of("row 1", "A=TEXT:Site ID", "B=TEXT:Huawei", "C=TEXT:ZXSDR B8200 "));
    }

    @Test
    void readsEveryCellTypeByItsCachedValue() throws Exception {
        Path file = workbook("types.xlsx", Map.of("Equipment", "<row r=\"2\">"
                + "<c r=\"A2\"><v>44181.0</v></c>"
                + "<c r=\"B2\" t=\"n\"><f>SUM(1,2)</f><v>3</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>\"S\"&amp;\"1\"</f><v>S1</v></c>"
                + "<c r=\"D2\" t=\"b\"><v>1</v></c>"
                + "<c r=\"E2\" t=\"b\"><v>0</v></c>"
                + "<c r=\"F2\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"G2\" t=\"d\"><v>2019-06-30T00:00:00</v></c>"
                + "<c r=\"H2\" s=\"3\"/>"
                + "<c r=\"I2\"><v>1.001E3</v></c>"
                + "</row>"), null);

        assertThat(cells(file, 0)).containsExactly(List.of("row 2", "A=NUMBER:44181", "B=NUMBER:3", "C=TEXT:S1",
                "D=BOOLEAN:TRUE", "E=BOOLEAN:FALSE", "F=ERROR:#N/A", "G=TEXT:2019-06-30T00:00:00", "I=NUMBER:1001"));
    }

    @Test
    void cellsAndRowsWithoutReferencesFollowTheOneBefore() throws Exception {
        Path file = workbook("bare.xlsx", Map.of("Equipment",
                "<row><c t=\"inlineStr\"><is><t>S1</t></is></c><c t=\"inlineStr\"><is><t>ZTE</t></is></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>7</v></c><c><v>8</v></c></row>"
                        + "<row><c><v>9</v></c></row>"), null);

        assertThat(cells(file, 0)).containsExactly(
                List.of("row 1", "A=TEXT:S1", "B=TEXT:ZTE"),
                List.of("row 5", "C=NUMBER:7", "D=NUMBER:8"),
                List.of("row 6", "A=NUMBER:9"));
    }

    @Test
    void anInlineStringIsTextWhateverTheCellsTypeSays() throws Exception {
        Path file = workbook("inline.xlsx", Map.of("Equipment",
                "<row r=\"1\"><c r=\"A1\"><is><t>0042</t></is></c><c r=\"B1\" t=\"n\"><is><t>S1</t></is></c></row>"), null);

        assertThat(cells(file, 0)).containsExactly(List.of("row 1", "A=TEXT:0042", "B=TEXT:S1"));
    }

    @Test
    void aReferenceNamingNoColumnIsReportedAsDamage() throws Exception {
        Path file = workbook("farout.xlsx", Map.of("Equipment",
                "<row r=\"4\"><c r=\"ABCDEFG4\"><v>1</v></c></row>"), null);

        assertThatThrownBy(() -> cells(file, 0)).isInstanceOfSatisfying(SheetReadException.class, e -> {
            assertThat(e.problem().row()).isEqualTo(4);
            assertThat(e.problem().message()).startsWith("The sheet cannot be read past this row; the workbook is"
                    + " damaged or truncated (").contains("the cell reference 'ABCDEFG4' names no column of any sheet");
        });
    }

    /** The parts of a one-sheet workbook whose rels and part names the test chooses. */
    private Map<String, String> oneSheet(String sheetTarget, String sheetEntry, String sheetData) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>"
                + "<sheet name=\"Equipment\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + TYPES + "worksheet\" Target=\"" + sheetTarget + "\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + TYPES + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        parts.put(sheetEntry, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        return parts;
    }

    @Test
    void findsPartsWhateverTheCaseOfTheirNamesAndDecodesPercentEncodedTargets() throws Exception {
        Map<String, String> parts = oneSheet("worksheets/My%20Sheet.xml", "xl/worksheets/my sheet.xml",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        parts.put("xl/SharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>Site ID</t></si></sst>");
        Path file = zip("cases.xlsx", parts);

        assertThat(cells(file, 0)).containsExactly(List.of("row 1", "A=TEXT:Site ID"));
    }

    @Test
    void undoesExcelsEscapesForCharactersXmlCannotHold() throws Exception {
        Path file = workbook("escapes.xlsx", Map.of("Equipment", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>BBU_x005F_x0041_3900</t></is></c>"
                        + "<c r=\"C1\" t=\"str\"><f>A1</f><v>x_x0009_y</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>_x00ZZ_ _x41_</t></is></c></row>"),
                "<si><t>S1_x000D_</t></si>");

        assertThat(cells(file, 0)).containsExactly(
                List.of("row 1", "A=TEXT:S1\r", "B=TEXT:BBU_x0041_3900", "C=TEXT:x\ty", "D=TEXT:_x00ZZ_ _x41_"));
    }

    @Test
    void readsBooleansAsOtherProgramsWriteThemAndAnEmptySharedStringAsAnEmptyCell() throws Exception {
        Path file = workbook("flags.xlsx", Map.of("Equipment", "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>true</v></c>"
                + "<c r=\"B1\" t=\"b\"><v>FALSE</v></c><c r=\"C1\" t=\"b\"><v>maybe</v></c>"
                + "<c r=\"D1\" t=\"s\"><v></v></c><c r=\"E1\" t=\"s\"><v>0</v></c></row>"), "<si><t>x</t></si>");

        assertThat(cells(file, 0)).containsExactly(
                List.of("row 1", "A=BOOLEAN:TRUE", "B=BOOLEAN:FALSE", "C=TEXT:maybe", "E=TEXT:x"));
    }

    @Test
    void takesTheSheetsRelationshipIdFromTheRelationshipsNamespaceOnly() throws Exception {
        Map<String, String> parts = oneSheet("worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
                "<row r=\"1\"><c r=\"A1\"><v>5</v></c></row>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\" xmlns:o=\"urn:other\">"
                + "<sheets><sheet name=\"Equipment\" sheetId=\"1\" o:id=\"zzz\" r:id=\"rId1\"/></sheets></workbook>");

        assertThat(cells(zip("otherid.xlsx", parts), 0)).containsExactly(List.of("row 1", "A=NUMBER:5"));
    }

    @Test
    void refusesTwoSheetsThatNameTheSamePart() throws IOException {
        Map<String, String> parts = oneSheet("worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
                "<row r=\"1\"><c r=\"A1\"><v>5</v></c></row>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>"
                + "<sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"B\" sheetId=\"2\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        Path file = zip("twice.xlsx", parts);

        assertThatThrownBy(() -> new FileInspector(InputLimits.DEFAULTS.reading()).open(file, "twice.xlsx"))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.problem().message())
                        .isEqualTo("The workbook is damaged and cannot be read (two sheets name the same part,"
                                + " xl/worksheets/sheet1.xml). Save it again from Excel."));
    }

    @Test
    void refusesAPartUsingThousandsOfDifferentNamesBeforeTheParserSlowsDown() throws Exception {
        StringBuilder names = new StringBuilder("<row r=\"1\"><c r=\"A1\"><v>1</v>");
        for (int i = 0; i < 50_000; i++) {
            names.append("<e").append(i).append("/>");
        }
        Path file = workbook("names.xlsx", Map.of("Equipment", names.append("</c></row>").toString()), null);

        assertThatThrownBy(() -> cells(file, 0)).isInstanceOfSatisfying(SheetReadException.class, e ->
                assertThat(e.problem().message()).isEqualTo("The part xl/worksheets/sheet1.xml uses more than 2000"
                        + " different XML names, where a genuine Excel sheet uses a few dozen: refused as a possible"
                        + " attack on the reader."));
    }

    @Test
    void keepsTheWorkbooksSheetOrderAndFollowsAbsoluteTargets() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\""
                + " xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\"><workbookPr date1904=\"1\"/>"
                + "<sheets><sheet name=\"Sites\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"Equipment\" sheetId=\"1\""
                + " r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\""
                + " Target=\"/xl/worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\""
                + " Target=\"./worksheets/../worksheets/sheet2.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>equipment</t></is></c></row></sheetData></worksheet>");
        parts.put("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>sites</t></is></c></row></sheetData></worksheet>");
        Path file = zip("strict.xlsx", parts);

        try (WorkbookSource source = new FileInspector(InputLimits.DEFAULTS.reading()).open(file, "strict.xlsx").source()) {
            assertThat(source.sheetNames()).containsExactly("Sites", "Equipment");
            assertThat(source.date1904()).isTrue();
        }
        assertThat(cells(file, 0)).containsExactly(List.of("row 1", "A=TEXT:sites"));
        assertThat(cells(file, 1)).containsExactly(List.of("row 1", "A=TEXT:equipment"));
    }

    @Test
    void aCellPointingPastTheSharedStringsIsReportedAtTheCell() throws Exception {
        Path file = workbook("damaged.xlsx", Map.of("Equipment",
                "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>"), "<si><t>only one</t></si>");

        assertThatThrownBy(() -> cells(file, 0)).isInstanceOfSatisfying(SheetReadException.class, e -> {
            assertThat(e.problem().sheet()).isEqualTo("Equipment");
            assertThat(e.problem().row()).isEqualTo(3);
            assertThat(e.problem().column()).isEqualTo("B");
            assertThat(e.problem().message()).isEqualTo("The cell refers to shared string 7, which the workbook does"
                    + " not hold; the workbook is damaged. Save it again from Excel.");
        });
    }

    @Test
    void malformedSheetXmlIsReportedWithTheLastRowRead() throws Exception {
        Path file = workbook("broken.xlsx", Map.of("Equipment",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></row>"), null);

        assertThatThrownBy(() -> cells(file, 0)).isInstanceOfSatisfying(SheetReadException.class, e -> {
            assertThat(e.problem().sheet()).isEqualTo("Equipment");
            assertThat(e.problem().message()).startsWith("The sheet cannot be read past this row; the workbook is"
                    + " damaged or truncated (");
        });
    }

    @Test
    void aWorkbookWithoutRelationshipsIsRefusedAsDamaged() throws IOException {
        Path file = zip("norels.xlsx", Map.of("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\"><sheets/></workbook>"));

        assertThatThrownBy(() -> new FileInspector(InputLimits.DEFAULTS.reading()).open(file, "norels.xlsx"))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.problem().message())
                        .isEqualTo("The workbook is damaged and cannot be read (the workbook's relationships part"
                                + " xl/_rels/workbook.xml.rels is missing). Save it again from Excel."));
    }

    @Test
    void refusesARowNumberedZeroOrBelowNamingTheSheetNeverDroppingIt() throws Exception {
        for (String number : List.of("0", "-1")) {
            Path file = workbook("row" + number + ".xlsx", Map.of("Equipment",
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Site ID</t></is></c></row>"
                            + "<row r=\"" + number + "\"><c t=\"inlineStr\"><is><t>S1</t></is></c></row>"), null);

            assertThatThrownBy(() -> cells(file, 0)).isInstanceOfSatisfying(SheetReadException.class, e -> {
                assertThat(e.problem().sheet()).isEqualTo("Equipment");
                assertThat(e.problem().message()).isEqualTo("The sheet holds a row numbered " + number + " after row 1;"
                        + " rows are numbered from 1, so this row cannot be placed. The workbook is damaged: save it"
                        + " again from Excel.");
            });
        }
    }

    @Test
    void refusesARowThatComesBeforeOrRepeatsTheOneBeforeIt() throws Exception {
        Path file = workbook("backwards.xlsx", Map.of("Equipment",
                "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"5\"><c r=\"A5\"><v>2</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row>"), null);

        assertThatThrownBy(() -> cells(file, 0)).isInstanceOfSatisfying(SheetReadException.class, e -> {
            assertThat(e.problem().sheet()).isEqualTo("Equipment");
            assertThat(e.problem().row()).isEqualTo(3);
            assertThat(e.problem().message()).isEqualTo("Row 3 comes after row 5; rows must be in order and each given"
                    + " once, so this row cannot be placed. The workbook is damaged: save it again from Excel.");
        });

        Path twice = workbook("twice-row.xlsx", Map.of("Equipment",
                "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"), null);
        assertThatThrownBy(() -> cells(twice, 0)).isInstanceOfSatisfying(SheetReadException.class,
                e -> assertThat(e.problem().message()).startsWith("Row 2 comes after row 2;"));
    }

    @Test
    void refusesAWorkbookHoldingTwoPartsOfOneNameWhateverTheirCase() throws Exception {
        Map<String, String> parts = oneSheet("worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        parts.put("xl/worksheets/Sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>");
        Path file = zip("two-sheet1.xlsx", parts);

        assertThatThrownBy(() -> new FileInspector(InputLimits.DEFAULTS.reading()).open(file, "two-sheet1.xlsx"))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.problem().message())
                        .startsWith("The workbook holds two parts named xl/worksheets/Sheet1.xml"));
    }
}
