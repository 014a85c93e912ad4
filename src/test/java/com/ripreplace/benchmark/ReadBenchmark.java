package com.ripreplace.benchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The read benchmark ({@code ReadBenchmark FILE}, from the test classpath): times the full check against plain POI and fastexcel-reader passes over
 * the same file, each in a fresh JVM with the same heap limit, so the numbers sit side by side.
 */
@Command(name = "benchmark-read", mixinStandardHelpOptions = true,
        description = {"Measures reading FILE: the full check beside POI's XSSFWorkbook, POI's SAX reader and a bare"
                + " fastexcel-reader pass, each in a fresh JVM with the same -Xmx. Prints a Markdown table."})
public class ReadBenchmark implements Callable<Integer> {

    /** Runs from the test classpath (the benchmark does not ship in the product jar); see docs/benchmarks.md. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ReadBenchmark()).execute(args));
    }

    @Parameters(paramLabel = "FILE", description = "An .xlsx inventory (make one with generate --flat-rows 100000).")
    Path file;

    @Option(names = "--heap", defaultValue = "256m", description = "-Xmx of every measured JVM. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--runs", defaultValue = "3", description = "Rounds, each running every pass once in a fresh JVM; medians are shown. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--big-heap", defaultValue = "4g", description = "A second heap for the XSSFWorkbook pass, so its time is known too. Default: ${DEFAULT-VALUE}.")
    String bigHeap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "File: %s (%,d bytes); %d rounds, each running every pass once in a fresh JVM (so"
                + " a machine that speeds up or slows down affects every pass alike); times are the median of the"
                + " rounds with the fastest and slowest in brackets; cold = first pass in the JVM, warm = second"
                + " pass, hot = pass " + HOT_PASS + " in the same JVM.%n%n", file, java.nio.file.Files.size(file), runs);
        Map<String, List<String[]>> results = new LinkedHashMap<>();
        for (ReadPass pass : ReadPass.values()) {
            results.put(pass.name() + " " + heap, new ArrayList<>());
            if (pass == ReadPass.XSSF_WORKBOOK) {
                results.put(pass.name() + " " + bigHeap, new ArrayList<>());
            }
        }
        for (int round = 1; round <= runs; round++) {
            for (Map.Entry<String, List<String[]>> entry : results.entrySet()) {
                List<String[]> done = entry.getValue();
                if (!done.isEmpty() && !isNumber(done.get(0)[2])) {
                    continue; // out of memory or failed: once is enough
                }
                String[] key = entry.getKey().split(" ");
                ReadPass pass = ReadPass.valueOf(key[0]);
                String[] result = child(pass, key[1], pass.ordinal() <= ReadPass.FASTEXCEL.ordinal() ? HOT_PASS : 2);
                done.add(result);
                System.err.printf(Locale.ROOT, "  round %d %s -Xmx%s: %s%n", round, key[0], key[1], String.join(" ", result));
            }
        }
        System.out.println("| pass | -Xmx | cold | warm | hot (pass " + HOT_PASS + ") | peak heap | peak RSS | counted |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        results.forEach((key, runsOfPass) -> row(ReadPass.valueOf(key.split(" ")[0]), key.split(" ")[1], runsOfPass));
        List<String[]> full = results.get(ReadPass.FULL_CHECK.name() + " " + heap);
        List<String[]> bare = results.get(ReadPass.FASTEXCEL.name() + " " + heap);
        if (isNumber(full.get(0)[2]) && isNumber(bare.get(0)[2])) {
            System.out.printf(Locale.ROOT, "%nFull check against the bare fastexcel-reader pass of the same round (median"
                    + " ratio, lowest and highest round): %s cold, %s warm, %s hot (target: within 2×).%n",
                    ratio(full, bare, 2), ratio(full, bare, 3), ratio(full, bare, 7));
            System.out.printf(Locale.ROOT, "Before its first pass the full check's JVM loads the covered catalog, as"
                    + " the application does when it starts (check and serve alike): median %d ms, not in the times"
                    + " above.%n", median(full, 8));
        }
        return 0;
    }

    /** The pass reported as "hot": by then the JIT compiler has settled, as in a service running a while. */
    private static final int HOT_PASS = 6;

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static void row(ReadPass pass, String xmx, List<String[]> results) {
        if (!isNumber(results.get(0)[2])) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | | | | | |%n", pass.label(), xmx,
                    results.get(0)[2].equals("OOM") ? "out of memory" : "failed");
            return;
        }
        long cold = median(results, 2);
        long warm = median(results, 3);
        String hot = pass.ordinal() <= ReadPass.FASTEXCEL.ordinal()
                ? String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", median(results, 7) / 1000.0,
                least(results, 7) / 1000.0, most(results, 7) / 1000.0) : "";
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f s (%.2f–%.2f) | %.2f s (%.2f–%.2f) | %s | %d MB | %d MB | %,d |%n",
                pass.label(), xmx, cold / 1000.0, least(results, 2) / 1000.0, most(results, 2) / 1000.0,
                warm / 1000.0, least(results, 3) / 1000.0, most(results, 3) / 1000.0, hot, median(results, 4),
                median(results, 5), Long.parseLong(results.get(0)[6]));
    }

    /** The full check's time over the bare pass's, round by round: the median ratio and its range. */
    private static String ratio(List<String[]> full, List<String[]> bare, int column) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(full.size(), bare.size()); i++) {
            ratios.add(Double.parseDouble(full.get(i)[column]) / Double.parseDouble(bare.get(i)[column]));
        }
        ratios.sort(null);
        return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", ratios.get(ratios.size() / 2), ratios.get(0),
                ratios.get(ratios.size() - 1));
    }

    /** The median of one column of the runs, each column taken on its own. */
    private static long median(List<String[]> results, int column) {
        List<Long> values = new ArrayList<>();
        results.forEach(r -> values.add(Long.parseLong(r[column])));
        values.sort(null);
        return values.get(values.size() / 2);
    }

    private static long least(List<String[]> results, int column) {
        return results.stream().mapToLong(r -> Long.parseLong(r[column])).min().orElseThrow();
    }

    private static long most(List<String[]> results, int column) {
        return results.stream().mapToLong(r -> Long.parseLong(r[column])).max().orElseThrow();
    }

    private String[] child(ReadPass pass, String xmx, int passes) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                ReadBenchmarkChild.class.getName(), pass.name(), file.toString(), String.valueOf(passes))
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
