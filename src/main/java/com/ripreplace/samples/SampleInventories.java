package com.ripreplace.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Regenerates the sample inventories shipped in {@code sample-inventories/} and the template in
 * {@code templates/}. Deterministic: running it twice gives the same cell values.
 *
 * <pre>java -cp ... com.ripreplace.samples.SampleInventories sample-inventories templates</pre>
 */
public final class SampleInventories {

    public static final String SMALL_FILE = "small-carrier-25-sites.xlsx";
    public static final String MEDIUM_FILE = "medium-carrier-150-sites.xlsx";
    public static final String LARGE_FILE = "large-carrier-1200-sites.xlsx";
    public static final String TEMPLATE_FILE = "inventory-template.xlsx";
    /** Seed of the files written in carriers' own layouts. */
    public static final long MESSY_SEED = 2024L;

    private SampleInventories() {
    }

    /** Writes every sample and the template; returns what was generated for the three standard files. */
    public static List<GeneratedInventory> writeAll(Path samplesDir, Path templatesDir) throws IOException {
        Objects.requireNonNull(samplesDir, "samplesDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Files.createDirectories(samplesDir);
        Files.createDirectories(templatesDir);
        List<GeneratedInventory> written = new ArrayList<>();
        written.add(new InventoryGenerator(CarrierSpec.small()).writeXlsx(samplesDir.resolve(SMALL_FILE)));
        CarrierSpec medium = CarrierSpec.medium();
        written.add(new InventoryGenerator(medium)
                .withEquipmentTitles(medium.carrierName() + " - Equipment inventory as of " + asOf(medium))
                .writeXlsx(samplesDir.resolve(MEDIUM_FILE)));
        CarrierSpec large = CarrierSpec.large();
        written.add(new InventoryGenerator(large)
                .withEquipmentTitles(large.carrierName() + " - Equipment inventory as of " + asOf(large),
                        "Prepared for the Secure and Trusted Communications Networks Reimbursement Program - internal")
                .writeXlsx(samplesDir.resolve(LARGE_FILE)));
        MessyInventoryWriter.writeAll(samplesDir, MESSY_SEED);
        TemplateWriter.write(templatesDir.resolve(TEMPLATE_FILE));
        return written;
    }

    private static String asOf(CarrierSpec spec) {
        return CarrierProfile.of(spec).inventoryAsOf().toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: SampleInventories SAMPLES_DIR TEMPLATES_DIR");
            System.exit(2);
            return;
        }
        for (GeneratedInventory inventory : writeAll(Path.of(args[0]), Path.of(args[1]))) {
            System.out.printf("%s: %d sites, %d items, %d covered items (%.0f%%)%n", inventory.file(), inventory.sites(),
                    inventory.items(), inventory.coveredItems(), 100.0 * inventory.coveredItems() / inventory.items());
        }
        System.out.println("Wrote " + MessyInventoryWriter.CSV_FILE + ", " + MessyInventoryWriter.XLS_FILE + " and "
                + Path.of(args[1]).resolve(TEMPLATE_FILE));
    }
}
