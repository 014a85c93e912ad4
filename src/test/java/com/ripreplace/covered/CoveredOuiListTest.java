package com.ripreplace.covered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * covered-oui.csv is derived, not hand-written: every IEEE block whose organisation name is exactly one of the
 * catalog's macRegistrants. When the Debian ieee-data package is installed (apt-get install ieee-data) this test
 * re-derives the list and compares; run it with -Dcovered.oui.write=true to rewrite the shipped file after a
 * registry or registrant change.
 */
class CoveredOuiListTest {

    private static final Path IEEE = Path.of(System.getProperty("covered.ieee.dir", "/usr/share/ieee-data"));
    private static final Path SHIPPED = Path.of("src/main/resources/covered/covered-oui.csv");
    private static final List<String[]> REGISTRIES = List.of(
            new String[] {"oui.csv", "MA-L"}, new String[] {"mam.csv", "MA-M"}, new String[] {"oui36.csv", "MA-S"});

    @Test
    void shippedMacBlocksAreExactlyTheBlocksOfTheListedRegistrants() throws IOException {
        assumeTrue(Files.isRegularFile(IEEE.resolve("oui.csv")), "IEEE registry not installed (apt-get install ieee-data)");
        CoveredCatalog catalog = CoveredCatalog.loadDefault();
        List<MacPrefix> derived = derive(catalog.macRegistrants());

        if (Boolean.getBoolean("covered.oui.write")) {
            write(derived);
            System.out.println("Wrote " + derived.size() + " MAC blocks to " + SHIPPED.toAbsolutePath());
        }
        assertThat(catalog.macPrefixes()).containsExactlyInAnyOrderElementsOf(derived);
        for (MacRegistrant registrant : catalog.macRegistrants()) {
            assertThat(derived).as("blocks of " + registrant.registrant())
                    .anyMatch(p -> p.registrant().equals(registrant.registrant()));
        }
    }

    private static List<MacPrefix> derive(List<MacRegistrant> registrants) throws IOException {
        Map<String, MacRegistrant> byName = new HashMap<>();
        registrants.forEach(r -> byName.put(r.registrant(), r));
        List<MacPrefix> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (String[] registry : REGISTRIES) {
            Path file = IEEE.resolve(registry[0]);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord row : format.parse(reader)) {
                    MacRegistrant r = byName.get(row.get("Organization Name").strip());
                    if (r != null) {
                        out.add(new MacPrefix(row.get("Assignment").strip().toUpperCase(), r.entityCode(), r.registrant(),
                                r.relationship()));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(MacPrefix::prefix));
        return out;
    }

    private static void write(List<MacPrefix> prefixes) throws IOException {
        String lastUpdate = "unknown";
        if (Files.isRegularFile(IEEE.resolve(".lastupdate"))) {
            String stamp = Files.readString(IEEE.resolve(".lastupdate")).strip();
            lastUpdate = stamp.matches("\\d+")
                    ? java.time.Instant.ofEpochSecond(Long.parseLong(stamp)).atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString()
                    : stamp;
        }
        try (Writer writer = Files.newBufferedWriter(SHIPPED, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            writer.write("# MAC address blocks registered to covered entities and their companies.\n");
            writer.write("# DERIVED, do not edit by hand: every IEEE MA-L/MA-M/MA-S block whose Organization Name is exactly\n");
            writer.write("# one of the macRegistrants in covered-entities.yaml. Source: IEEE Registration Authority listings\n");
            writer.write("# as packaged by Debian ieee-data (" + IEEE + ", registry snapshot of " + lastUpdate + ").\n");
            writer.write("# Regenerate: mvn -o test -Dtest=CoveredOuiListTest -Dcovered.oui.write=true (see docs/covered-catalog.md).\n");
            csv.printRecord("prefix", "entity", "registrant", "relationship", "registry");
            for (MacPrefix p : prefixes) {
                csv.printRecord(p.prefix(), p.entityCode(), p.registrant(), p.relationship(), registryOf(p.prefix()));
            }
        }
    }

    private static String registryOf(String prefix) {
        return switch (prefix.length()) {
            case 6 -> "MA-L";
            case 7 -> "MA-M";
            default -> "MA-S";
        };
    }
}
