package com.ripreplace.cli;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.inventory.Problem;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code check FILE... [--format text|json]}: reads inventories and flags covered gear. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads one or more inventory files (.xlsx, .xls, .csv) as one inventory and flags covered gear.",
                "Exit code 0 when the inventory can be used, 2 when it cannot (every problem is listed)."})
public class CheckCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Inventory files; several files form one inventory.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text (for a person) or json (the check report). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Inject
    InventoryCheck check;

    @Inject
    ObjectMapper json;

    @Override
    public Integer call() {
        List<InventoryReader.InputFile> inputs = files.stream()
                .map(p -> new InventoryReader.InputFile(p, p.toString())).toList();
        CheckResult result = check.run(inputs);
        if (format == Format.json) {
            printJson(result.report());
        } else {
            printText(result, System.out);
        }
        return result.usable() ? ExitCodes.OK : ExitCodes.UNUSABLE_INPUT;
    }

    private void printJson(CheckReport report) {
        try {
            // Standard output stays open after the report; FilterOutputStream would otherwise write byte by byte.
            OutputStream out = new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    this.out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
            json.writeValue(out, report);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines of a category listing the text form shows with their reasons. */
    private static final int CATEGORY_LINES_SHOWN = 20;

    /**
     * The lines a category entry of the list speaks to, apart from the gear to rip out: what each is and why, up to
     * {@value #CATEGORY_LINES_SHOWN} (the JSON report lists every one).
     */
    private static void categoryLines(CheckResult result, PrintStream out) {
        List<CheckedItem> lines = result.items().stream().filter(i -> i.finding().coveredCategory() != null).toList();
        out.printf(Locale.ROOT, "%nLines in a category listing (not planned for replacement unless an engineer's override"
                + " says 'replace'):%n");
        for (CheckedItem item : lines.subList(0, Math.min(lines.size(), CATEGORY_LINES_SHOWN))) {
            var line = item.line();
            var finding = item.finding();
            out.printf(Locale.ROOT, "  %s%s row %d: %s %s: %s%s%s%n      %s%n", line.source().file(),
                    line.source().sheet() == null ? "" : " › " + line.source().sheet(), line.source().row(),
                    line.vendor() == null ? "" : line.vendor(), line.model() == null ? "" : line.model(),
                    finding.covered() ? "covered (" + finding.coveredCategory() + ")" : "may stay in service",
                    finding.mustReplace() ? ", to be replaced" : ", not to be ripped out",
                    finding.needsReview() ? ", needs review" : "", finding.reason());
        }
        if (lines.size() > CATEGORY_LINES_SHOWN) {
            out.printf(Locale.ROOT, "  ... and %,d more (check --format json lists every line)%n",
                    lines.size() - CATEGORY_LINES_SHOWN);
        }
    }

    static void printText(CheckResult result, PrintStream out) {
        CheckReport.Summary s = result.summary();
        out.printf(Locale.ROOT, "%s%n", String.join(", ", result.inventory().files().stream()
                .map(f -> f.name() + " (" + f.kind() + ")").toList()));
        out.printf(Locale.ROOT, "Findings reflect the %s%n", result.edition().describe());
        out.printf(Locale.ROOT, "Sites: %,d   Lines of gear: %,d   Covered: %,d   Needs review: %,d   Reimbursable: %,d%n",
                s.sites(), s.items(), s.coveredItems(), s.needsReview(), s.reimbursableItems());
        if (s.categoryItems() != null && s.categoryItems() > 0) {
            out.printf(Locale.ROOT, "To rip out and replace: %,d   In a category listing (consumer routers, hotspots, CPE): %,d%n",
                    s.mustReplaceItems(), s.categoryItems());
            categoryLines(result, out);
        }
        List<Problem> errors = result.inventory().errors();
        List<Problem> warnings = result.inventory().warnings();
        if (!errors.isEmpty()) {
            out.printf(Locale.ROOT, "%nThe inventory cannot be used: %d %s. Nothing was imported.%n", errors.size(),
                    errors.size() == 1 ? "error" : "errors");
            errors.forEach(p -> out.println("  ERROR   " + p.describe()));
        }
        if (!warnings.isEmpty()) {
            out.printf(Locale.ROOT, "%n%d %s:%n", warnings.size(), warnings.size() == 1 ? "warning" : "warnings");
            warnings.forEach(p -> out.println("  WARNING " + p.describe()));
        }
        out.flush();
    }
}
