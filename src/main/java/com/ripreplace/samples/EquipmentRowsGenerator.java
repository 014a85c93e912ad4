package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a benchmark workbook: a single {@code Equipment} sheet with exactly the requested number of
 * rows in the standard columns (no Sites or Program sheet), streamed with {@link SXSSFWorkbook} so
 * memory stays bounded. The gear is drawn exactly as {@link InventoryGenerator} draws it, for a
 * carrier with about one site per ten rows.
 */
public final class EquipmentRowsGenerator {

    /** Most rows one sheet can hold below the header. */
    public static final int MAX_ROWS = 1_048_575;
    private static final int ROWS_PER_SITE = 10;

    private EquipmentRowsGenerator() {
    }

    public static GeneratedInventory writeFlatXlsx(Path out, int rows, long seed) throws IOException {
        Objects.requireNonNull(out, "out");
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("Rows must be between 1 and " + MAX_ROWS + ", was " + rows);
        }
        int siteCount = Math.min(CarrierSpec.MAX_SITES, rows / ROWS_PER_SITE + 5);
        CarrierSpec spec = CarrierSpec.ofSites(siteCount, seed);
        CarrierProfile profile = CarrierProfile.of(spec);
        List<Site> sites = SiteNetwork.layOut(profile);
        SXSSFWorkbook workbook = new SXSSFWorkbook(InventoryGenerator.ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(EquipmentColumn.SHEET);
            EquipmentSheet gear = new EquipmentSheet(sheet, styles, List.of());
            EquipmentLines lines = new EquipmentLines(profile, GearCatalog.standard(),
                    Seeds.stream(seed, 0xF1A7L), new SerialNumbers(seed));
            Set<String> sitesUsed = new HashSet<>();
            int siteIndex = 0;
            while (gear.items() < rows) {
                // Past the last site (only when sites average fewer lines than expected), start again
                // at the first: the new lines still get fresh serials.
                Site site = sites.get(siteIndex++ % sites.size());
                sitesUsed.add(site.id());
                for (EquipmentLine line : lines.at(site)) {
                    if (gear.items() == rows) {
                        break;
                    }
                    gear.write(line);
                }
            }
            gear.finish();
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
            return new GeneratedInventory(out, sitesUsed.size(), gear.items(), gear.coveredItems());
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
