package com.ripreplace.covered;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Assesses a large seeded inventory and prints the time it took. No timing assertion here: machines differ,
 * and timing belongs in benchmarks; this shows the order of magnitude and that nothing degrades on volume.
 */
class CoveredGearThroughputTest {

    private static final int ONE_HUNDRED_THOUSAND = 100_000;
    private static final long SEED = 20200630L;

    @Test
    void assessesOneHundredThousandLines() {
        long loadStart = System.nanoTime();
        CoveredGearMatcher matcher = new CoveredGearMatcher(CoveredCatalog.loadDefault());
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        List<GearLine> lines = aSeededInventoryOf(ONE_HUNDRED_THOUSAND);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        long coldWall = System.nanoTime();
        long coldCpu = cpu.getCurrentThreadCpuTime();
        int covered = assessAll(matcher, lines);
        report("first pass, cold JVM, one thread", lines.size(), coldWall, cpu.getCurrentThreadCpuTime() - coldCpu);

        long warmWall = System.nanoTime();
        long warmCpu = cpu.getCurrentThreadCpuTime();
        assertThat(assessAll(matcher, lines)).isEqualTo(covered);
        report("second pass, warm, one thread", lines.size(), warmWall, cpu.getCurrentThreadCpuTime() - warmCpu);

        long parallelWall = System.nanoTime();
        long parallelCovered = lines.parallelStream().filter(line -> matcher.assess(line).covered()).count();
        report("third pass, warm, parallel on " + Runtime.getRuntime().availableProcessors() + " cores", lines.size(),
                parallelWall, -1);

        System.out.printf("Catalog loaded in %,d ms; %,d of %,d lines covered%n", loadMillis, covered, lines.size());
        assertThat(parallelCovered).isEqualTo(covered);
        assertThat(covered).isBetween(1, ONE_HUNDRED_THOUSAND - 1);
    }

    private static void report(String pass, int lines, long wallStartNanos, long cpuNanos) {
        long wallMillis = (System.nanoTime() - wallStartNanos) / 1_000_000;
        System.out.printf("Assessed %,d lines in %,d ms wall%s (%s)%n", lines, wallMillis,
                cpuNanos < 0 ? "" : String.format(", %,d ms CPU", cpuNanos / 1_000_000), pass);
    }

    private static int assessAll(CoveredGearMatcher matcher, List<GearLine> lines) {
        int covered = 0;
        for (GearLine line : lines) {
            if (matcher.assess(line).covered()) {
                covered++;
            }
        }
        return covered;
    }

    /** Lines drawn from the labelled file, with vendors, models and descriptions shuffled and mistyped. */
    static List<GearLine> aSeededInventoryOf(int size) {
        List<LabelledGear> pool = LabelledGear.readResource("/covered/labelled-gear.csv");
        Random random = new Random(SEED);
        List<GearLine> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            GearLine a = pool.get(random.nextInt(pool.size())).line();
            GearLine b = pool.get(random.nextInt(pool.size())).line();
            String vendor = random.nextInt(10) == 0 ? mistype(a.vendor(), random) : a.vendor();
            String model = random.nextBoolean() ? a.model() : b.model();
            String description = random.nextInt(4) == 0 ? b.description() + " site " + i : a.description();
            LocalDate date = random.nextInt(8) == 0 ? null : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
            out.add(new GearLine(vendor, model, description, a.category(), random.nextInt(5) == 0 ? b.mac() : a.mac(), date));
        }
        return out;
    }

    private static String mistype(String word, Random random) {
        if (word == null || word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        char[] chars = word.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }
}
