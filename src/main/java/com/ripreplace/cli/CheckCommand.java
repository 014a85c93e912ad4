package com.ripreplace.cli;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.inventory.InventoryReader;
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

    static void printText(CheckResult result, PrintStream out) {
        CheckText.print(result, out);
    }
}
