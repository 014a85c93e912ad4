package com.ripreplace.planning;

import com.ripreplace.planning.RuleBreaches.BeforeEarliestStart;
import com.ripreplace.planning.RuleBreaches.CashShort;
import com.ripreplace.planning.RuleBreaches.CrewOverloaded;
import com.ripreplace.planning.RuleBreaches.DependencyNotFinished;
import com.ripreplace.planning.RuleBreaches.FinishesLate;
import com.ripreplace.planning.RuleBreaches.OutsideAccessWindow;
import com.ripreplace.planning.RuleBreaches.OverBudget;
import com.ripreplace.planning.RuleBreaches.SoftGoal;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of a replacement plan. Hard rules first, each penalised by the size of the breach; then
 * the deadline on its own level (days late), so the solver obeys the hard rules, then minimises
 * lateness, then pursues the soft goals.
 */
public class ReplacementConstraints implements ConstraintProvider {

    public static final String CREW_CAPACITY = "Crew capacity";
    public static final String DEPENDENCIES = "Dependencies";
    public static final String ACCESS_WINDOWS = "Access windows";
    public static final String EARLIEST_START = "Earliest start";
    public static final String BUDGET_PER_WAVE = "Budget per wave";
    public static final String CASH_BALANCE = "Cash balance";
    public static final String DEADLINE = "Deadline";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                crewCapacity(factory),
                dependencies(factory),
                accessWindows(factory),
                earliestStart(factory),
                budgetPerWave(factory),
                cashBalance(factory),
                deadline(factory),
                exposure(factory),
                travel(factory),
                crewBalance(factory),
                finishEarly(factory)
        };
    }

    // Hard: at most Sites Per Crew Per Wave sites per crew per wave.
    public Constraint crewCapacity(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .groupBy(SiteJob::getWave, SiteJob::getCrew, ConstraintCollectors.count())
                .join(PlanLimits.class)
                .filter((wave, crew, sites, limits) -> sites > limits.sitesPerCrewPerWave())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (wave, crew, sites, limits) -> sites - limits.sitesPerCrewPerWave())
                .justifyWith((wave, crew, sites, limits, score) ->
                        new CrewOverloaded(wave, crew, sites, limits.sitesPerCrewPerWave()))
                .asConstraint(CREW_CAPACITY);
    }

    // Hard: a site starts only after every site it depends on has finished (a later wave).
    public Constraint dependencies(ConstraintFactory factory) {
        return factory.forEach(Dependency.class)
                .join(SiteJob.class, Joiners.equal(Dependency::siteId, SiteJob::getSiteId))
                .join(SiteJob.class, Joiners.equal((dependency, site) -> dependency.prerequisiteId(), SiteJob::getSiteId))
                .filter((dependency, site, prerequisite) -> site.getWave() <= prerequisite.getWave())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (dependency, site, prerequisite) -> prerequisite.getWave() - site.getWave() + 1L)
                .justifyWith((dependency, site, prerequisite, score) -> new DependencyNotFinished(site.getSiteId(),
                        site.getWave(), prerequisite.getSiteId(), prerequisite.getWave()))
                .asConstraint(DEPENDENCIES);
    }

    // Hard: a seasonal site's whole wave lies inside its access months.
    public Constraint accessWindows(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(Wave.class, Joiners.equal(SiteJob::getWave, Wave::index))
                .filter((job, wave) -> job.monthsOutsideAccess(wave) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, SiteJob::monthsOutsideAccess)
                .justifyWith((job, wave, score) -> new OutsideAccessWindow(job.getSiteId(), wave.index(),
                        job.monthsOutsideAccess(wave)))
                .asConstraint(ACCESS_WINDOWS);
    }

    // Hard: no site before its earliest start (planning start plus equipment lead time, or its own date).
    public Constraint earliestStart(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .filter(job -> job.getWave() < job.getEarliestWave())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, job -> job.getEarliestWave() - job.getWave())
                .justifyWith((job, score) -> new BeforeEarliestStart(job.getSiteId(), job.getWave(), job.getEarliestWave()))
                .asConstraint(EARLIEST_START);
    }

    // Hard: spend in a wave within the budget per wave (penalty in dollars over).
    public Constraint budgetPerWave(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .groupBy(SiteJob::getWave, ConstraintCollectors.sumLong(SiteJob::getCostCents))
                .join(PlanLimits.class)
                .filter((wave, spend, limits) -> limits.hasBudget() && spend > limits.budgetPerWaveCents())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (wave, spend, limits) -> dollars(spend - limits.budgetPerWaveCents()))
                .justifyWith((wave, spend, limits, score) -> new OverBudget(wave, spend, limits.budgetPerWaveCents()))
                .asConstraint(BUDGET_PER_WAVE);
    }

    // Hard: where starting cash is given, the balance (starting cash + reimbursements received - spend) never below zero.
    public Constraint cashBalance(ConstraintFactory factory) {
        return factory.forEach(Wave.class)
                .ifExists(PlanLimits.class, Joiners.filtering((wave, limits) -> limits.hasStartingCash()))
                .join(SiteJob.class)
                .groupBy((wave, job) -> wave,
                        ConstraintCollectors.sumLong((wave, job) -> job.getWave() <= wave.index() ? job.getCostCents() : 0L),
                        ConstraintCollectors.sumLong((wave, job) ->
                                job.paymentWave() <= wave.index() ? job.getClaimCents() : 0L))
                .join(PlanLimits.class)
                .filter((wave, spent, received, limits) -> limits.startingCashCents() + received - spent < 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (wave, spent, received, limits) -> dollars(spent - received - limits.startingCashCents()))
                .justifyWith((wave, spent, received, limits, score) ->
                        new CashShort(wave.index(), limits.startingCashCents() + received - spent))
                .asConstraint(CASH_BALANCE);
    }

    // Medium: every site finishes by the deadline in force (days late).
    public Constraint deadline(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(Wave.class, Joiners.equal(SiteJob::getWave, Wave::index))
                .filter((job, wave) -> wave.daysLate() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (job, wave) -> wave.daysLate())
                .justifyWith((job, wave, score) -> new FinishesLate(job.getSiteId(), wave.index(), wave.daysLate()))
                .asConstraint(DEADLINE);
    }

    // Soft: critical sites and subscribers served by covered gear replaced early.
    public Constraint exposure(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(PlanningWeights.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (job, weights) -> job.getWave()
                        * (weights.exposure() * job.getSubscribers() + (job.isCritical() ? weights.critical() : 0)))
                .justifyWith((job, weights, score) -> new SoftGoal("Exposure", job.getSiteId(), score.softScore()))
                .asConstraint("Exposure of subscribers and critical sites");
    }

    // Soft: each crew's sites in a wave close together.
    public Constraint travel(ConstraintFactory factory) {
        return factory.forEachUniquePair(SiteJob.class, Joiners.equal(SiteJob::getWave), Joiners.equal(SiteJob::getCrew))
                .join(PlanningWeights.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (a, b, weights) -> weights.travel() * a.kilometresTo(b))
                .justifyWith((a, b, weights, score) -> new SoftGoal("Travel", a.getSiteId() + "-" + b.getSiteId(),
                        score.softScore()))
                .asConstraint("Travel between a crew's sites");
    }

    // Soft: crews evenly loaded.
    public Constraint crewBalance(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .groupBy(SiteJob::getCrew, ConstraintCollectors.count())
                .join(PlanningWeights.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (crew, sites, weights) -> weights.balance() * sites * sites)
                .justifyWith((crew, sites, weights, score) -> new SoftGoal("Crew load", "crew " + (crew + 1),
                        score.softScore()))
                .asConstraint("Crews evenly loaded");
    }

    // Soft: finish early.
    public Constraint finishEarly(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(PlanningWeights.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (job, weights) -> weights.finishEarly() * job.getWave())
                .justifyWith((job, weights, score) -> new SoftGoal("Finish early", job.getSiteId(), score.softScore()))
                .asConstraint("Finish early");
    }

    private static long dollars(long cents) {
        return Math.max(1, (cents + 99) / 100);
    }
}
