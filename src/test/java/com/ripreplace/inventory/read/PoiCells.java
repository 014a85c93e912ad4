package com.ripreplace.inventory.read;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Apache POI's own streaming reader (XSSFReader + XSSFSheetXMLHandler, the way POI's XLSX2CSV example reads)
 * sees in an .xlsx: each sheet's name and its cells by reference, with the raw value of each cell, not the value as
 * a number format would show it.
 */
final class PoiCells {

    static final String TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /** A workbook as one reader saw it: sheet names in order, each sheet's cells (A1 reference to value), the date system. */
    record Workbook(List<String> sheets, List<Map<String, String>> cells, boolean date1904) {
    }

    private PoiCells() {
    }

    static Workbook read(Path file) throws Exception {
        Path transitional = transitionalCopy(file);
        try {
            return readTransitional(transitional == null ? file : transitional);
        } finally {
            if (transitional != null) {
                Files.delete(transitional);
            }
        }
    }

    private static Workbook readTransitional(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                var properties = WorkbookDocument.Factory.parse(workbook).getWorkbook().getWorkbookPr();
                date1904 = properties != null && properties.getDate1904();
            }
            List<String> names = new ArrayList<>();
            List<Map<String, String>> sheets = new ArrayList<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    names.add(iterator.getSheetName());
                    Map<String, String> cells = new LinkedHashMap<>();
                    XMLReader parser = XMLHelper.newXMLReader();
                    CellColumns columns = new CellColumns();
                    columns.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new Collector(cells, columns), new RawNumbers(), false));
                    columns.setParent(parser);
                    parser = columns;
                    parser.parse(new InputSource(sheet));
                    sheets.add(cells);
                }
            }
            return new Workbook(names, sheets, date1904);
        }
    }

    /** The strict OOXML namespaces and the transitional ones naming the same things. */
    private static final Map<String, String> STRICT_TO_TRANSITIONAL = Map.of(
            STRICT, TRANSITIONAL,
            "http://purl.oclc.org/ooxml/officeDocument/relationships",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main");

    /**
     * POI's streaming reader does not read strict OOXML (POI bug 57699: XSSFReader finds no sheet part, and the sheet
     * handler reads only the transitional namespace), so a strict workbook is given to it as a copy with the strict
     * namespaces replaced by the transitional ones, which name the same elements and relationships. Null when the
     * workbook is transitional already.
     */
    private static Path transitionalCopy(Path file) throws java.io.IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        boolean strict = false;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    if (xml.contains("http://purl.oclc.org/ooxml/")) {
                        strict = true;
                        for (Map.Entry<String, String> names : STRICT_TO_TRANSITIONAL.entrySet()) {
                            xml = xml.replace(names.getKey(), names.getValue());
                        }
                        bytes = xml.getBytes(StandardCharsets.UTF_8);
                    }
                }
                parts.put(entry.getName(), bytes);
            }
        } catch (java.util.zip.ZipException e) {
            return null;
        }
        if (!strict) {
            return null;
        }
        Path copy = Files.createTempFile("i14-transitional-", ".xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return copy;
    }

    /**
     * Numbers as their value, not as the cell's number format shows them: POI's handler formats a number through the
     * DataFormatter it is given; this one answers the plain decimal form the product reads ("44181", "2.5").
     */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
    }

    /**
     * The column of the {@code <c>} element being read. A cell written without its reference follows the cell element
     * before it in its row, empty or not (the first of a row is in column A), as Excel reads it; POI's handler passes
     * the missing reference on as null and reports only cells with a value, so the column is counted here, from the
     * elements themselves, on their way to POI's handler.
     */
    private static final class CellColumns extends org.xml.sax.helpers.XMLFilterImpl {
        int column = -1;

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                throws org.xml.sax.SAXException {
            if (localName.equals("row")) {
                column = -1;
            } else if (localName.equals("c")) {
                String reference = attributes.getValue("r");
                column = reference == null ? column + 1 : new CellReference(reference).getCol();
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Keeps each cell under its reference: the column of its element, the row POI's handler says. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Map<String, String> cells;
        private final CellColumns columns;
        private int row;

        Collector(Map<String, String> cells, CellColumns columns) {
            this.cells = cells;
            this.columns = columns;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            cells.put(CellReference.convertNumToColString(columns.column) + (row + 1), value);
        }
    }
}
