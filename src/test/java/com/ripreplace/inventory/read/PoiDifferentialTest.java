package com.ripreplace.inventory.read;

import com.ripreplace.inventory.InputLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's .xlsx reader reads what Apache POI's own streaming reader reads: for every workbook the project has
 * (samples, templates, test fixtures, files saved by Excel, Google Sheets and LibreOffice) and for generated variants
 * of every form a cell can take ({@link XlsxVariants}), the same sheets in the same order, the same date system, and
 * the same (reference, value) for every cell that holds a value.
 *
 * <p>Where the two readers legitimately differ, the comparison normalises, each case said where it is done:
 * a number is compared as the number it is, errors without POI's "ERROR:" prefix, and a blank cell is no cell.
 */
class PoiDifferentialTest {

    private static final AtomicLong CELLS_COMPARED = new AtomicLong();

    static Stream<Path> workbooks() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("sample-inventories", "templates", "src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(all::add);
            }
        }
        all.addAll(XlsxVariants.writeAll(Path.of("target", "differential-variants")));
        String extra = System.getProperty("differential.extra");
        if (extra != null) {
            try (Stream<Path> files = Files.walk(Path.of(extra))) {
                files.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsEveryCellAsPoisStreamingReaderDoes(Path file) throws Exception {
        PoiCells.Workbook poi = PoiCells.read(file);
        PoiCells.Workbook ours = ours(file);

        assertThat(ours.sheets()).as("sheets").isEqualTo(poi.sheets());
        assertThat(ours.date1904()).as("1904 date system").isEqualTo(poi.date1904());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < poi.sheets().size(); i++) {
            Map<String, String> expected = withoutBlanks(poi.cells().get(i));
            Map<String, String> actual = ours.cells().get(i);
            TreeSet<String> references = new TreeSet<>(expected.keySet());
            references.addAll(actual.keySet());
            for (String reference : references) {
                String theirs = expected.get(reference);
                String mine = actual.get(reference);
                if (!same(mine, theirs)) {
                    differences.add(poi.sheets().get(i) + "!" + reference + ": ours " + quoted(mine) + ", POI "
                            + quoted(theirs));
                }
            }
            CELLS_COMPARED.addAndGet(references.size());
        }
        assertThat(differences).as("cells that differ").isEmpty();
    }

    @AfterAll
    static void sayHowManyCellsWereCompared() {
        System.out.println("PoiDifferentialTest: " + CELLS_COMPARED.get() + " cells compared with POI's streaming reader");
    }

    /** The product's reader: each sheet's cells that hold a value, by A1 reference. */
    private static PoiCells.Workbook ours(Path file) throws Exception {
        try (WorkbookSource source = new FileInspector(InputLimits.DEFAULTS.reading())
                .open(file, file.getFileName().toString()).source()) {
            List<Map<String, String>> sheets = new ArrayList<>();
            for (int i = 0; i < source.sheetNames().size(); i++) {
                Map<String, String> cells = new LinkedHashMap<>();
                try (Stream<RawRow> rows = source.rows(i)) {
                    rows.forEach(row -> {
                        for (int column = 0; column < row.width(); column++) {
                            RawCell cell = row.at(column);
                            if (cell != null) {
                                cells.put(RawCell.columnLetter(column) + row.number(), cell.value());
                            }
                        }
                    });
                }
                sheets.add(cells);
            }
            return new PoiCells.Workbook(source.sheetNames(), sheets, source.date1904());
        }
    }

    /**
     * POI's handler reports a cell whose value is empty or only spaces; the product treats such a cell as empty
     * (RawRow.at answers null), which is what every later step sees, so it is no cell here.
     */
    private static Map<String, String> withoutBlanks(Map<String, String> cells) {
        Map<String, String> kept = new LinkedHashMap<>();
        cells.forEach((reference, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(reference, value);
            }
        });
        return kept;
    }

    private static boolean same(String ours, String poi) {
        if (ours == null || poi == null) {
            return ours == poi;
        }
        if (ours.equals(poi)) {
            return true;
        }
        // POI writes an error value as "ERROR:#N/A"; the product keeps the code as the cell shows it, "#N/A".
        if (poi.startsWith("ERROR:") && ours.equals(poi.substring("ERROR:".length()))) {
            return true;
        }
        // A number is compared as the number it is: the product keeps the digits the file holds ("0.1000000000000000055"
        // stays as written, "1.5E3" becomes "1500"), POI parses them into a double first; and POI reads a formula's
        // cached text that looks like a number as that number.
        return sameNumber(ours, poi);
    }

    private static boolean sameNumber(String ours, String poi) {
        try {
            return Double.parseDouble(ours) == Double.parseDouble(poi);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String quoted(String value) {
        return value == null ? "(no cell)" : "'" + value + "'";
    }
}
