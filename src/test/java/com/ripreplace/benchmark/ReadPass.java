package com.ripreplace.benchmark;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The ways of reading a workbook that the read benchmark compares, each returning how many cells
 * (or, for the full check, lines of gear) it saw so the JIT cannot skip the work.
 */
public enum ReadPass {
    /**
     * The product's whole check: inspect, read, map, validate and detect covered gear. The covered catalog is
     * loaded once, at application start, as the {@code check} and {@code serve} commands do; each pass reads the
     * file with a new reader and a new matcher, which remembers nothing from an earlier pass.
     */
    FULL_CHECK("full check (read, validate, detect)", file -> {
        InventoryCheck check = new InventoryCheck(new InventoryReader(InputLimits.DEFAULTS),
                new CoveredGearMatcher(Started.CATALOG));
        CheckResult result = check.run(List.of(new InventoryReader.InputFile(file, file.getFileName().toString())));
        if (!result.usable()) {
            throw new IllegalStateException("The benchmark file has errors: " + result.inventory().errors().get(0).describe());
        }
        return result.items().size();
    }),
    /** fastexcel-reader alone: every row of every sheet, every cell's raw value touched. */
    FASTEXCEL("bare fastexcel-reader pass", file -> {
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Iterator<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().iterator();
            while (sheets.hasNext()) {
                try (var rows = sheets.next().openStream()) {
                    cells += rows.mapToLong(row -> {
                        long n = 0;
                        for (org.dhatim.fastexcel.reader.Cell cell : row) {
                            if (cell != null && cell.getRawValue() != null) {
                                n++;
                            }
                        }
                        return n;
                    }).sum();
                }
            }
        }
        return cells;
    }),
    /** POI's event (SAX) reader, as in POI's XLSX2CSV example. */
    POI_SAX("POI SAX reading (XSSFReader)", file -> {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    if (value != null) {
                                        cells[0]++;
                                    }
                                }
                            }, new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return cells[0];
    }),
    /** POI's in-memory XSSFWorkbook: the whole workbook as objects. */
    XSSF_WORKBOOK("POI in-memory reading (XSSFWorkbook)", file -> {
        long cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            cells++;
                        }
                    }
                }
            }
        }
        return cells;
    });

    private final String label;
    private final Work work;

    ReadPass(String label, Work work) {
        this.label = label;
        this.work = work;
    }

    public String label() {
        return label;
    }

    long run(Path file) throws Exception {
        return work.run(file);
    }

    /** What the application does when it starts, before any file is read (timed apart from the passes). */
    void start() {
        if (this == FULL_CHECK) {
            Objects.requireNonNull(Started.CATALOG);
        }
    }

    /** The covered catalog, loaded when this class is first used: at application start. */
    private static final class Started {
        static final CoveredCatalog CATALOG = CoveredCatalog.loadDefault();
    }

    @FunctionalInterface
    interface Work {
        long run(Path file) throws Exception;
    }

}
