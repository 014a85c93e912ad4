package com.ripreplace.cli;

import com.ripreplace.benchmark.ReadBenchmarkChild;
import com.ripreplace.benchmark.ReadPass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code benchmark-read FILE}: times the full check against plain POI and fastexcel-reader passes over
 * the same file, each in a fresh JVM with the same heap limit, so the numbers sit side by side.
 */
@Command(name = "benchmark-read", mixinStandardHelpOptions = true,
        description = {"Measures reading FILE: the full check beside POI's XSSFWorkbook, POI's SAX reader and a bare",
                "fastexcel-reader pass, each in a fresh JVM with the same -Xmx. Prints a Markdown table."})
public class BenchmarkReadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "An .xlsx inventory (make one with generate --flat-rows 100000).")
    Path file;

    @Option(names = "--heap", defaultValue = "256m", description = "-Xmx of every measured JVM. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--runs", defaultValue = "3", description = "Fresh JVMs per pass; the median is shown. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--big-heap", defaultValue = "4g", description = "A second heap for the XSSFWorkbook pass, so its time is known too. Default: ${DEFAULT-VALUE}.")
    String bigHeap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "File: %s (%,d bytes); %d fresh JVMs per pass; times are the median; cold = first"
                + " pass in the JVM, warm = second pass.%n%n", file, java.nio.file.Files.size(file), runs);
        System.out.println("| pass | -Xmx | cold | warm | peak heap | peak RSS | counted |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (ReadPass pass : ReadPass.values()) {
            row(pass, heap);
            if (pass == ReadPass.XSSF_WORKBOOK) {
                row(pass, bigHeap);
            }
        }
        return ExitCodes.OK;
    }

    private void row(ReadPass pass, String xmx) throws IOException, InterruptedException {
        List<String[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String[] result = child(pass, xmx);
            results.add(result);
            System.err.printf(Locale.ROOT, "  %s -Xmx%s run %d: %s%n", pass, xmx, i + 1, String.join(" ", result));
            if (result[2].equals("OOM")) {
                break;
            }
        }
        if (results.get(0)[2].equals("OOM") || results.get(0)[2].equals("FAILED")) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | | | | |%n", pass.label(), xmx,
                    results.get(0)[2].equals("OOM") ? "out of memory" : "failed");
            return;
        }
        results.sort((a, b) -> Long.compare(Long.parseLong(a[2]), Long.parseLong(b[2])));
        String[] median = results.get(results.size() / 2);
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f s | %.2f s | %s MB | %s MB | %,d |%n", pass.label(), xmx,
                Long.parseLong(median[2]) / 1000.0, Long.parseLong(median[3]) / 1000.0, median[4], median[5],
                Long.parseLong(median[6]));
    }

    private String[] child(ReadPass pass, String xmx) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                ReadBenchmarkChild.class.getName(), pass.name(), file.toString())
                .redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        process.waitFor();
        return result == null ? new String[]{"RESULT", pass.name(), "FAILED"} : result.split(" ");
    }
}
