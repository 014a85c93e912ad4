package com.ripreplace.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One measured run in a fresh JVM: {@code PASS FILE [PASSES]}. Prints one line,
 * {@code RESULT pass coldMs warmMs peakHeapMB peakRssMB count hotMs startMs} or {@code RESULT pass OOM}: the first
 * pass, the second, and the last of {@code PASSES} (default 2), by which time the JIT compiler has settled as in a
 * service that has been running a while; then how long the application's own start took before the first pass
 * (loading the covered catalog for the full check, nothing for the others).
 */
public final class ReadBenchmarkChild {

    private ReadBenchmarkChild() {
    }

    public static void main(String[] args) throws Exception {
        ReadPass pass = ReadPass.valueOf(args[0]);
        Path file = Path.of(args[1]);
        try {
            long start = System.nanoTime();
            pass.start();
            long started = System.nanoTime() - start;
            start = System.nanoTime();
            long count = pass.run(file);
            long cold = System.nanoTime() - start;
            start = System.nanoTime();
            pass.run(file);
            long warm = System.nanoTime() - start;
            long hot = warm;
            int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
            for (int i = 3; i <= passes; i++) {
                start = System.nanoTime();
                pass.run(file);
                hot = System.nanoTime() - start;
            }
            System.out.printf(Locale.ROOT, "RESULT %s %d %d %.0f %.0f %d %d %d%n", pass, cold / 1_000_000, warm / 1_000_000,
                    peakHeapMb(), peakRssMb(), count, hot / 1_000_000, started / 1_000_000);
        } catch (OutOfMemoryError e) {
            System.out.printf(Locale.ROOT, "RESULT %s OOM%n", pass);
        }
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    private static double peakRssMb() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
