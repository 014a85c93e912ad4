package com.ripreplace.cli;

import com.ripreplace.samples.CarrierSpec;
import com.ripreplace.samples.EquipmentRowsGenerator;
import com.ripreplace.samples.GeneratedInventory;
import com.ripreplace.samples.InventoryGenerator;
import com.ripreplace.samples.SampleInventories;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code generate}: synthetic carrier inventories from a seed, for samples and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic carrier inventories from a seed: the same seed gives the same file.",
                "Examples:",
                "  generate --sites 1200 --seed 7 --out big.xlsx",
                "      a carrier with Program, Sites and Equipment sheets",
                "  generate --flat-rows 100000 --out bench.xlsx",
                "      one Equipment sheet of N rows (for the benchmarks)",
                "  generate --samples",
                "      regenerates sample-inventories/ and templates/"})
public class GenerateCommand implements Callable<Integer> {

    static class What {
        @Option(names = "--sites", description = "Number of sites of a synthetic carrier (1..30000).")
        Integer sites;

        @Option(names = "--flat-rows", description = "Number of equipment rows of a flat benchmark sheet.")
        Integer flatRows;

        @Option(names = "--samples", description = "Regenerate the committed samples and the inventory template.")
        boolean samples;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", description = "The .xlsx file to write (with --sites or --flat-rows).")
    Path out;

    @Option(names = "--samples-dir", defaultValue = "sample-inventories", description = "Default: ${DEFAULT-VALUE}.")
    Path samplesDir;

    @Option(names = "--templates-dir", defaultValue = "templates", description = "Default: ${DEFAULT-VALUE}.")
    Path templatesDir;

    @Override
    public Integer call() throws IOException {
        if (what.samples) {
            List<GeneratedInventory> written = SampleInventories.writeAll(samplesDir, templatesDir);
            written.forEach(GenerateCommand::print);
            return ExitCodes.OK;
        }
        if (out == null) {
            System.err.println("--out FILE.xlsx is required with --sites or --flat-rows.");
            return ExitCodes.UNUSABLE_INPUT;
        }
        if (what.sites != null && (what.sites < 1 || what.sites > CarrierSpec.MAX_SITES)) {
            System.err.println("--sites must be between 1 and " + CarrierSpec.MAX_SITES + ".");
            return ExitCodes.UNUSABLE_INPUT;
        }
        if (what.flatRows != null && (what.flatRows < 1 || what.flatRows > EquipmentRowsGenerator.MAX_ROWS)) {
            System.err.println("--flat-rows must be between 1 and " + EquipmentRowsGenerator.MAX_ROWS + ".");
            return ExitCodes.UNUSABLE_INPUT;
        }
        GeneratedInventory written = what.sites != null
                ? new InventoryGenerator(CarrierSpec.ofSites(what.sites, seed)).writeXlsx(out)
                : EquipmentRowsGenerator.writeFlatXlsx(out, what.flatRows, seed);
        print(written);
        return ExitCodes.OK;
    }

    private static void print(GeneratedInventory g) {
        System.out.printf(Locale.ROOT, "%s: %,d sites, %,d lines of gear (%,d covered)%n", g.file(), g.sites(), g.items(),
                g.coveredItems());
    }
}
