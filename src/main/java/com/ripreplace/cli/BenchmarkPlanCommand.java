package com.ripreplace.cli;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.inventory.InventoryReader;
import com.ripreplace.planning.ExhaustivePlanner;
import com.ripreplace.planning.GreedyPlanner;
import com.ripreplace.planning.PlanProblem;
import com.ripreplace.planning.PlanSolver;
import com.ripreplace.planning.PlanningWeights;
import com.ripreplace.planning.ReplacementPlan;
import com.ripreplace.samples.CarrierSpec;
import com.ripreplace.samples.InventoryGenerator;
import jakarta.inject.Inject;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code benchmark-plan}: generated carriers of several sizes, each planned by the greedy baseline and by
 * the solver in one run, and a small instance whose proven optimum is known.
 */
@Command(name = "benchmark-plan", mixinStandardHelpOptions = true,
        description = {"Plans generated carriers (default 50, 500 and 5,000 sites) with the greedy baseline and the"
                + " solver side by side, and a 12-site instance against its proven optimum. Prints Markdown tables."})
public class BenchmarkPlanCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "50,500,5000", description = "Carrier sizes in sites. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "Solver time limit per carrier. Default: ${DEFAULT-VALUE}.")
    Duration timeLimit;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated carriers and the solver. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Inject
    InventoryCheck check;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("rrp-bench-");
        System.out.printf(Locale.ROOT, "Solver time limit %s per carrier (it stops sooner when it stops improving), seed %d.%n%n",
                timeLimit.toSeconds() + " s", seed);
        System.out.println("| sites | jobs | waves | greedy: time | greedy: score | solver: first feasible | solver: score"
                + " | solver: time | vs greedy |");
        System.out.println("|---:|---:|---:|---:|---|---:|---|---:|---|");
        for (int size : sizes) {
            Path file = dir.resolve("carrier-" + size + ".xlsx");
            new InventoryGenerator(CarrierSpec.ofSites(size, seed)).writeXlsx(file);
            CheckResult result = check.run(List.of(new InventoryReader.InputFile(file, file.getFileName().toString())));
            ProgramTerms terms = ProgramTerms.resolve(result.inventory().program(), ProgramTerms.Overrides.NONE,
                    LocalDate.now());
            CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                    .estimate(result.inventory().sites(), result.items());
            row(size, () -> PlanProblem.of(result.inventory().sites(), estimate, terms, PlanningWeights.DEFAULTS));
        }
        optimum(dir);
        return ExitCodes.OK;
    }

    private void row(int size, java.util.function.Supplier<ReplacementPlan> problem) {
        ReplacementPlan greedyPlan = problem.get();
        long start = System.nanoTime();
        GreedyPlanner.assign(greedyPlan);
        long greedyNanos = System.nanoTime() - start;
        HardMediumSoftLongScore greedy = PlanSolver.score(greedyPlan);
        long[] firstFeasible = {-1};
        long solveStart = System.nanoTime();
        ReplacementPlan solved = new PlanSolver(timeLimit, seed).solve(problem.get(), (score, elapsed) -> {
            if (firstFeasible[0] < 0 && score.hardScore() == 0) {
                firstFeasible[0] = System.nanoTime() - solveStart;
            }
        });
        long solveNanos = System.nanoTime() - solveStart;
        System.out.printf(Locale.ROOT, "| %,d | %,d | %d | %.2f s | %s | %s | %s | %.1f s | %s |%n", size,
                solved.getJobs().size(), solved.getWaves().size(), greedyNanos / 1e9, greedy,
                firstFeasible[0] < 0 ? "not reached" : String.format(Locale.ROOT, "%.2f s", firstFeasible[0] / 1e9),
                solved.getScore(), solveNanos / 1e9, solved.getScore().compareTo(greedy) >= 0 ? "not worse" : "WORSE");
    }

    private void optimum(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("Site ID,Site Type,Critical,Subscribers,Depends On,Access Months,Latitude,"
                + "Longitude,Vendor,Model,Serial,Category,Quantity,Purchase Date\n");
        java.util.Random random = new java.util.Random(seed);
        csv.append("HUB,Hub,Y,2000,,,44.0,-105.0,Huawei,RTN 950,S-HUB,Microwave,1,2019-01-01\n");
        for (int i = 1; i <= 11; i++) {
            csv.append(String.format(Locale.ROOT, "T%02d,Tower,%s,%d,%s,%s,%.3f,%.3f,Huawei,RRU3908,S-%02d,Radio Unit,1,2019-01-01%n",
                    i, i % 5 == 0 ? "Y" : "N", 100 + random.nextInt(900), i <= 6 ? "HUB" : "", i % 4 == 0 ? "May-Oct" : "",
                    43.5 + random.nextDouble(), -105.5 + random.nextDouble(), i));
        }
        Path file = Files.writeString(dir.resolve("twelve.csv"), csv.toString(), StandardCharsets.UTF_8);
        CheckResult result = check.run(List.of(new InventoryReader.InputFile(file, "twelve.csv")));
        ProgramTerms terms = ProgramTerms.resolve(result.inventory().program(), new ProgramTerms.Overrides(BigDecimal.ONE,
                null, 90, null, null, "month", LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), 0, 1, 2),
                LocalDate.now());
        CostEstimate estimate = new CostEstimator(CostCatalog.loadDefault(), terms.fundingRule())
                .estimate(result.inventory().sites(), result.items());
        java.util.function.Supplier<ReplacementPlan> problem =
                () -> PlanProblem.of(result.inventory().sites(), estimate, terms, PlanningWeights.DEFAULTS);
        long start = System.nanoTime();
        ReplacementPlan best = ExhaustivePlanner.solve(problem.get());
        long exhaustiveNanos = System.nanoTime() - start;
        HardMediumSoftLongScore optimum = PlanSolver.score(best);
        ReplacementPlan greedyPlan = GreedyPlanner.assign(problem.get());
        HardMediumSoftLongScore greedy = PlanSolver.score(greedyPlan);
        ReplacementPlan solved = new PlanSolver(Duration.ofSeconds(Math.min(10, timeLimit.toSeconds())), seed)
                .solve(problem.get(), (s, t) -> { });
        System.out.printf(Locale.ROOT, "%n12 sites (a hub, 6 towers behind it, 3 summer-only, 1 crew of 2 sites a month):%n%n");
        System.out.println("| planner | score | gap to optimum (soft) | time |");
        System.out.println("|---|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| proven optimum (dynamic programming) | %s | 0%% | %.2f s |%n", optimum,
                exhaustiveNanos / 1e9);
        System.out.printf(Locale.ROOT, "| greedy baseline | %s | %.2f%% | |%n", greedy, gap(greedy, optimum));
        System.out.printf(Locale.ROOT, "| solver (%d s limit) | %s | %.2f%% | |%n", Math.min(10, timeLimit.toSeconds()),
                solved.getScore(), gap(solved.getScore(), optimum));
    }

    private static double gap(HardMediumSoftLongScore score, HardMediumSoftLongScore optimum) {
        if (score.hardScore() != optimum.hardScore() || score.mediumScore() != optimum.mediumScore()) {
            return Double.NaN;
        }
        return 100.0 * (optimum.softScore() - score.softScore()) / Math.abs(optimum.softScore());
    }
}
