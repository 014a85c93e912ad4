package com.ripreplace.covered;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One line of a labelled inventory file: the gear, and what a person says the verdict should be. A file may add
 * three more Expected columns (all or none): the category entry the line falls in, whether it needs review, and
 * words its reason must hold.
 */
record LabelledGear(long row, String siteId, String serial, GearLine line, boolean expectedCovered,
                    String expectedEntity, boolean expectedReimbursable, Optional<Expectations> more) {

    static final List<String> HEADER = List.of("Site ID", "Vendor", "Model", "Serial", "Category", "Quantity",
            "Purchase Date", "Description", "MAC", "Expected Covered", "Expected Entity", "Expected Reimbursable");
    static final List<String> MORE = List.of("Expected Category", "Expected Review", "Expected Reason");

    /** What a file with the three further columns says besides. */
    record Expectations(String category, boolean review, String reasonHolds) {
    }

    /** Reads a labelled file from the test classpath (a valid inventory CSV with three Expected columns). */
    static List<LabelledGear> readResource(String resource) {
        InputStream in = LabelledGear.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledGear> out = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            List<String> header = parser.getHeaderNames();
            boolean more = header.size() == HEADER.size() + MORE.size();
            if (!header.subList(0, Math.min(header.size(), HEADER.size())).equals(HEADER)
                    || more && !header.subList(HEADER.size(), header.size()).equals(MORE)
                    || !more && header.size() != HEADER.size()) {
                throw new IllegalStateException(resource + " header is " + header + ", expected " + HEADER
                        + " (and optionally " + MORE + ")");
            }
            for (CSVRecord r : parser) {
                String date = r.get("Purchase Date");
                GearLine line = new GearLine(r.get("Vendor"), r.get("Model"), r.get("Description"), r.get("Category"),
                        r.get("MAC"), date.isBlank() ? null : LocalDate.parse(date));
                out.add(new LabelledGear(r.getRecordNumber() + 1, r.get("Site ID"), r.get("Serial"), line,
                        yes(r.get("Expected Covered")), r.get("Expected Entity"), yes(r.get("Expected Reimbursable")),
                        more ? Optional.of(new Expectations(r.get("Expected Category"), yes(r.get("Expected Review")),
                                r.get("Expected Reason"))) : Optional.empty()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return out;
    }

    private static boolean yes(String cell) {
        return switch (cell.strip()) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalStateException("expected Y or N, found '" + cell + "'");
        };
    }
}
