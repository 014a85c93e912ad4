package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.cost.CashFlow;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.CostEstimator;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.SiteEstimate;
import com.ripreplace.cost.WaveCalendar;
import com.ripreplace.cost.WaveCashFlow;
import com.ripreplace.inventory.Site;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Plans the replacement of a checked inventory: estimate, solve, explain, and follow the cash. */
public final class Planner {

    private final CostCatalog catalog;
    private final PlanningWeights weights;
    private final Clock clock;
    private final SolveRunner runner;

    public Planner(CostCatalog catalog, PlanningWeights weights, Clock clock) {
        this(catalog, weights, clock, SolveRunner.PLAIN);
    }

    /** A planner whose searches are run by {@code runner} (a service's solver manager, see {@link ManagedSolves}). */
    public Planner(CostCatalog catalog, PlanningWeights weights, Clock clock, SolveRunner runner) {
        this.catalog = catalog;
        this.weights = weights;
        this.clock = clock;
        this.runner = runner;
    }

    /** Plans, reporting each new best score through the project's own progress type. */
    public PlanOutcome plan(CheckResult checked, ProgramTerms terms, Duration timeLimit, long seed,
                            PlanProgress progress) {
        return plan(checked, terms, timeLimit, seed, (score, elapsed) -> progress.best(score.toString(),
                score.hardScore() == 0, elapsed));
    }

    public PlanOutcome plan(CheckResult checked, ProgramTerms terms, Duration timeLimit, long seed,
                            BiConsumer<HardMediumSoftLongScore, Duration> onBest) {
        if (!checked.usable()) {
            throw new IllegalArgumentException("An inventory with errors cannot be planned");
        }
        List<Site> sites = checked.inventory().sites();
        CostEstimate estimate = new CostEstimator(catalog.withCosts(checked.inventory().costs()), terms.fundingRule())
                .estimate(sites, checked.items());
        ReplacementPlan problem = PlanProblem.of(sites, estimate, terms, weights);
        PlanSolver solver = new PlanSolver(timeLimit, seed);
        ReplacementPlan solved;
        List<BrokenRule> broken;
        String score;
        if (problem.getJobs().isEmpty()) {
            solved = problem;
            broken = List.of();
            score = "0hard/0medium/0soft";
        } else {
            solved = solver.solve(problem, onBest, runner);
            broken = PlanSolver.brokenRules(solved);
            score = solved.getScore().toString();
        }
        List<ScheduledSite> schedule = schedule(solved, sites, estimate, terms);
        Map<String, Integer> waveBySite = new LinkedHashMap<>();
        schedule.forEach(s -> waveBySite.put(s.siteId(), s.wave()));
        List<WaveCashFlow> waves = new CashFlow(estimate, terms).follow(waveBySite, Map.of());
        boolean feasible = broken.stream().noneMatch(b -> b.level().hard());
        boolean onTime = broken.stream().noneMatch(b -> b.level() == BrokenRule.Level.DEADLINE);
        Optional<Extension> extension = ExtensionAnalysis.of(solved, schedule, terms, estimate);
        return new PlanOutcome(terms, estimate, schedule, waves, score, feasible, onTime && extension.isEmpty(),
                extension, broken, checked.inventory().files(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                solver.settings(), checked.items(), checked.inventory().warnings());
    }

    private static List<ScheduledSite> schedule(ReplacementPlan solved, List<Site> sites, CostEstimate estimate,
                                                ProgramTerms terms) {
        Map<String, Site> siteById = new HashMap<>();
        sites.forEach(s -> siteById.put(s.siteId(), s));
        Map<String, SiteEstimate> estimateById = new HashMap<>();
        estimate.sites().forEach(s -> estimateById.put(s.siteId(), s));
        WaveCalendar calendar = terms.calendar();
        Optional<LocalDate> deadline = terms.deadlineInForce();
        Map<String, List<SiteJob>> routes = new LinkedHashMap<>();
        for (SiteJob job : solved.getJobs()) {
            routes.computeIfAbsent(job.getWave() + "/" + job.getCrew(), k -> new ArrayList<>()).add(job);
        }
        Map<SiteJob, Integer> order = new HashMap<>();
        routes.values().forEach(route -> {
            List<SiteJob> ordered = nearestNeighbour(route);
            for (int i = 0; i < ordered.size(); i++) {
                order.put(ordered.get(i), i + 1);
            }
        });
        List<ScheduledSite> schedule = new ArrayList<>();
        for (SiteJob job : solved.getJobs()) {
            Site site = siteById.get(job.getSiteId());
            SiteEstimate cost = estimateById.get(job.getSiteId());
            LocalDate finish = calendar.end(job.getWave());
            schedule.add(new ScheduledSite(job.getSiteId(), site == null ? null : site.siteName(), job.getWave(),
                    job.getCrew(), order.get(job), calendar.start(job.getWave()), finish, cost.coveredItems(),
                    cost.total(), cost.reimbursable(), site != null && site.critical(),
                    site == null ? null : site.subscribers(), site == null ? List.of() : site.dependsOn(),
                    site == null ? Site.ALL_YEAR : site.accessMonths(), site == null ? null : site.latitude(),
                    site == null ? null : site.longitude(), deadline.orElse(null),
                    deadline.map(d -> ChronoUnit.DAYS.between(finish, d)).orElse(null)));
        }
        schedule.sort(Comparator.comparingInt(ScheduledSite::wave).thenComparingInt(ScheduledSite::crew)
                .thenComparingInt(ScheduledSite::travelOrder));
        return schedule;
    }

    /** A crew's route in a wave: start at its first site by id, then always the nearest not yet visited. */
    private static List<SiteJob> nearestNeighbour(List<SiteJob> route) {
        List<SiteJob> left = new ArrayList<>(route);
        left.sort(Comparator.comparing(SiteJob::getSiteId));
        List<SiteJob> ordered = new ArrayList<>();
        SiteJob current = left.remove(0);
        ordered.add(current);
        while (!left.isEmpty()) {
            SiteJob from = current;
            SiteJob next = left.stream().min(Comparator.comparingLong(from::kilometresTo)).orElseThrow();
            left.remove(next);
            ordered.add(next);
            current = next;
        }
        return ordered;
    }

}
