package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a synthetic 10,000-site, 100,000-line plan ({@link SyntheticPlan#TEN_THOUSAND_SITES}) and prints, per
 * way of writing, the time taken and the peak heap (the sum of the heap pools' peak usage, reset before each
 * run; it includes the plan itself, which stays in memory throughout):
 *
 * <ol>
 *   <li>{@code streamed}: the product, {@link PlanWorkbookWriter}, every sheet, streamed (SXSSF);</li>
 *   <li>{@code streamed-schedule-equipment}: the same writer's Schedule and Equipment sheets only, streamed;</li>
 *   <li>{@code in-memory-schedule-equipment}: the same two sheets' rows into a plain {@link XSSFWorkbook}, which
 *       holds every cell in memory until it is written: the comparison.</li>
 * </ol>
 *
 * The runs share one JVM, in that order (an out-of-memory failure in the last is reported, not thrown).
 * Usage: {@code java -Xmx512m -cp target/rip-replace-planner.jar com.ripreplace.workbook.WorkbookBenchmark
 * [RUN...]}, where RUN names the runs to make (all three by default).
 */
public final class WorkbookBenchmark {

    private static final List<String> RUNS = List.of("streamed", "streamed-schedule-equipment",
            "in-memory-schedule-equipment");

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> runs = args.length == 0 ? RUNS : List.of(args);
        for (String run : runs) {
            if (!RUNS.contains(run)) {
                System.err.println("Unknown run " + run + "; the runs are " + String.join(", ", RUNS));
                System.exit(2);
            }
        }
        SyntheticPlan shape = SyntheticPlan.TEN_THOUSAND_SITES;
        System.out.printf(Locale.ROOT, "Java %s, -Xmx %d MB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        PlanOutcome plan = shape.build();
        System.out.printf(Locale.ROOT, "Synthetic plan: %,d sites, %,d lines of gear, %,d waves, %,d cost lines; "
                        + "built in %,d ms%n", plan.schedule().size(), plan.items().size(), plan.waves().size(),
                plan.estimate().sites().stream().mapToInt(site -> site.lines().size()).sum(),
                (System.nanoTime() - started) / 1_000_000);
        settle();
        System.out.printf(Locale.ROOT, "Heap holding the plan alone (after GC): %,.0f MB%n", usedHeapMb());
        Path directory = Files.createTempDirectory("workbook-benchmark");
        List<String> results = new ArrayList<>();
        try {
            for (String run : runs) {
                results.add(measure(run, plan, directory.resolve(run + ".xlsx")));
            }
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        }
        System.out.println();
        System.out.println("| run | time | peak heap | file |");
        System.out.println("|---|---:|---:|---:|");
        results.forEach(System.out::println);
    }

    private static String measure(String run, PlanOutcome plan, Path out) throws IOException {
        settle();
        resetPeaks();
        long started = System.nanoTime();
        try {
            switch (run) {
                case "streamed" -> PlanWorkbookWriter.withBuiltInStyles().write(plan, out);
                case "streamed-schedule-equipment" -> streamedScheduleAndEquipment(plan, out);
                case "in-memory-schedule-equipment" -> inMemoryScheduleAndEquipment(plan, out);
                default -> throw new IllegalArgumentException(run);
            }
        } catch (OutOfMemoryError e) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            String line = String.format(Locale.ROOT, "| %s | out of memory after %,d ms | %,.0f MB | |", run, millis,
                    peakHeapMb());
            System.out.println(line);
            return line;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String line = String.format(Locale.ROOT, "| %s | %,d ms | %,.0f MB | %,.1f MB |", run, millis, peakHeapMb(),
                Files.size(out) / (1024.0 * 1024.0));
        System.out.println(line);
        return line;
    }

    private static void streamedScheduleAndEquipment(PlanOutcome plan, Path out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            writeScheduleAndEquipment(workbook, plan, out);
        }
    }

    private static void inMemoryScheduleAndEquipment(PlanOutcome plan, Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeScheduleAndEquipment(workbook, plan, out);
        }
    }

    private static void writeScheduleAndEquipment(Workbook workbook, PlanOutcome plan, Path out) throws IOException {
        Styles styles = new Styles(workbook, StyleBook.builtIn());
        new ScheduleSheet(workbook.createSheet(ScheduleSheet.NAME), styles).write(plan);
        new EquipmentSheet(workbook.createSheet(EquipmentSheet.NAME), styles).write(plan);
        try (OutputStream stream = Files.newOutputStream(out)) {
            workbook.write(stream);
        }
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        return heapMb(MemoryPoolMXBean::getPeakUsage);
    }

    private static double usedHeapMb() {
        return heapMb(MemoryPoolMXBean::getUsage);
    }

    /** The sum over the heap's memory pools, in MB. */
    private static double heapMb(Function<MemoryPoolMXBean, MemoryUsage> usage) {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += usage.apply(pool).getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
