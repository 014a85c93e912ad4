package com.ripreplace.samples;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a large Equipment sheet with POI's streaming (SAX) API, as the product must: counts the rows
 * below the header, the distinct Site IDs and the serials seen more than once, without loading the
 * workbook.
 */
final class StreamedEquipmentSheet {

    private List<String> headers = List.of();
    private int rows;
    private final Set<String> serials = new HashSet<>();
    private final Set<String> siteIds = new HashSet<>();
    private int duplicateSerials;

    static StreamedEquipmentSheet read(Path file) throws Exception {
        StreamedEquipmentSheet result = new StreamedEquipmentSheet();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream stream = sheets.next()) {
                    if (!sheets.getSheetName().equals(EquipmentColumn.SHEET)) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            result.new Rows(), new DataFormatter(), false));
                    parser.parse(new InputSource(stream));
                }
            }
        }
        return result;
    }

    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (headers.isEmpty()) {
                if (!cells.isEmpty() && EquipmentColumn.SITE_ID.header().equals(cells.get(0))) {
                    headers = List.copyOf(cells);
                }
                return;
            }
            rows++;
            siteIds.add(cells.get(EquipmentColumn.SITE_ID.ordinal()));
            if (!serials.add(cells.get(EquipmentColumn.SERIAL.ordinal()))) {
                duplicateSerials++;
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }

        @Override
        public void endSheet() {
        }
    }

    List<String> headers() {
        return headers;
    }

    int rows() {
        return rows;
    }

    int sites() {
        return siteIds.size();
    }

    int duplicateSerials() {
        return duplicateSerials;
    }
}
