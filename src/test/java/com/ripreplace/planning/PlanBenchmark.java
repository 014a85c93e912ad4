package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.samples.CarrierSpec;
import com.ripreplace.samples.InventoryGenerator;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The planning benchmark (test sources: it does not ship in the product jar). Generated carriers of several
 * sizes, each as its Program sheet has it and short of money (39.5% funding factor, starting cash of 4% of the
 * cost, a budget per wave of an eighth of it, claims paid after 180 days), planned by the plain greedy baseline and by the planner's solve in one run, beside the
 * proven bound on the last finish ({@link LastFinishBound}).
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.ripreplace.planning.PlanBenchmark -Dexec.args="--sizes 50,500,1500,5000 --time-limit 60s"
 * </pre>
 */
public final class PlanBenchmark {

    private static final InventoryCheck CHECK = new InventoryCheck(new InventoryReader(InputLimits.DEFAULTS),
            new CoveredGearMatcher(CoveredCatalog.loadDefault()));

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(50, 500, 1500, 5000);
        Duration limit = Duration.ofSeconds(60);
        long seed = 1;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--time-limit" -> limit = Duration.ofSeconds(Long.parseLong(args[i + 1].replace("s", "")));
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("rrp-plan-bench-");
        System.out.printf(Locale.ROOT, "Solver time limit %d s per carrier, seed %d, %d cores, Java %s.%n%n",
                limit.toSeconds(), seed, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| carrier | sites | money | greedy: last finish | greedy: days late | planner: last finish"
                + " | planner: days late | planner: lowest balance | proven bound on the last finish | equal | time |");
        System.out.println("|---|---:|---|---|---:|---|---:|---:|---|---|---:|");
        for (int size : sizes) {
            Path file = dir.resolve("carrier-" + size + ".xlsx");
            new InventoryGenerator(CarrierSpec.ofSites(size, seed)).writeXlsx(file);
            CheckResult result = CHECK.run(List.of(new InventoryReader.InputFile(file, file.getFileName().toString())));
            ProgramTerms asGiven = ProgramTerms.resolve(result.inventory().program(), ProgramTerms.Overrides.NONE,
                    LocalDate.of(2026, 12, 6));
            row(result, "as its Program sheet has it", asGiven, limit, seed);
            BigDecimal cost = new CostEstimator(CostCatalog.loadDefault(), asGiven.fundingRule())
                    .estimate(result.inventory().sites(), result.items()).total().amount();
            ProgramTerms short_ = ProgramTerms.resolve(result.inventory().program(), new ProgramTerms.Overrides(
                    new BigDecimal("0.395"), null, 180, cost.multiply(new BigDecimal("0.04")).setScale(0,
                    java.math.RoundingMode.HALF_EVEN), cost.divide(BigDecimal.valueOf(8), 0, java.math.RoundingMode.CEILING),
                    null, null, null, null, null, null), LocalDate.of(2026, 12, 6));
            row(result, "39.5%, cash 4% of the cost, budget an eighth of it a wave", short_, limit, seed);
        }
    }

    private static void row(CheckResult result, String money, ProgramTerms terms, Duration limit, long seed) {
        CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(result.inventory().sites(), result.items());
        ReplacementPlan greedy = GreedyPlanner.assign(PlanProblem.of(result.inventory().sites(), estimate, terms,
                PlanningWeights.DEFAULTS));
        ReplacementPlan problem = PlanProblem.of(result.inventory().sites(), estimate, terms, PlanningWeights.DEFAULTS);
        OptionalInt bound = new LastFinishBound(problem).earliestLastWave();
        long start = System.nanoTime();
        ReplacementPlan solved = new PlanSolver(limit, seed).solve(problem, "benchmark", progress -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        int last = lastWave(solved);
        BendableLongScore score = solved.getScore();
        String lowest = solved.getLimits().cash().map(ledger -> com.ripreplace.cost.Money.ofCents(
                Construction.lowestBalance(solved, ledger)).toString()).orElse("(no cash rule)");
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %,d | %s | %,d | %s | %s | %s | %.1f s |%n",
                terms.carrierName(), solved.getJobs().size(), money, finish(terms, lastWave(greedy)), daysLate(greedy),
                finish(terms, last) + (score.hardScore(0) == 0 ? "" : " (breaks a physical rule)"), daysLate(solved),
                lowest, bound.isPresent() ? finish(terms, bound.getAsInt()) : "none within the waves",
                bound.isPresent() && bound.getAsInt() == last ? "yes" : "**no**", seconds);
    }

    private static int lastWave(ReplacementPlan plan) {
        return plan.getJobs().stream().mapToInt(SiteJob::getWave).max().orElse(0);
    }

    private static long daysLate(ReplacementPlan plan) {
        List<Wave> waves = new ArrayList<>(plan.getWaves());
        return plan.getJobs().stream().mapToLong(job -> waves.get(job.getWave()).daysLate()).sum();
    }

    private static String finish(ProgramTerms terms, int wave) {
        return terms.calendar().end(wave) + " (wave " + (wave + 1) + ")";
    }
}
