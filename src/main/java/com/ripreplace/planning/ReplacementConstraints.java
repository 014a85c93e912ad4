package com.ripreplace.planning;

import com.ripreplace.cost.Numbering;
import com.ripreplace.planning.RuleBreaches.BeforeEarliestStart;
import com.ripreplace.planning.RuleBreaches.CashShort;
import com.ripreplace.planning.RuleBreaches.CrewOverloaded;
import com.ripreplace.planning.RuleBreaches.DependencyNotFinished;
import com.ripreplace.planning.RuleBreaches.FinishesLate;
import com.ripreplace.planning.RuleBreaches.LastFinishLate;
import com.ripreplace.planning.RuleBreaches.OutsideAccessWindow;
import com.ripreplace.planning.RuleBreaches.OverBudget;
import com.ripreplace.planning.RuleBreaches.SoftGoal;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of a replacement plan, on ranked levels so that no amount of a lower level outweighs one unit
 * of a higher one (a bendable score, see {@link Levels}):
 * <ol>
 *   <li>physical rules: crews, dependencies, access windows, earliest start;</li>
 *   <li>money: the budget per wave and, within the cash, the lowest cash balance;</li>
 *   <li>the last finish past the deadline (the extension a carrier asks for);</li>
 *   <li>when the plan answers "what bridge financing finishes on time", the lowest cash balance;</li>
 *   <li>total days late;</li>
 *   <li>the soft goals.</li>
 * </ol>
 * Each rule is penalised by the size of its breach (sites over, waves too early, dollars short, days late).
 */
public class ReplacementConstraints implements ConstraintProvider {

    public static final String CREW_CAPACITY = "Crew capacity";
    public static final String DEPENDENCIES = "Dependencies";
    public static final String ACCESS_WINDOWS = "Access windows";
    public static final String EARLIEST_START = "Earliest start";
    public static final String BUDGET_PER_WAVE = "Budget per wave";
    public static final String CASH_BALANCE = "Cash balance";
    public static final String LAST_FINISH = "Last finish";
    public static final String BRIDGE_FINANCING = "Bridge financing";
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
                lastFinish(factory),
                bridgeFinancing(factory),
                deadline(factory),
                exposure(factory),
                travel(factory),
                crewBalance(factory),
                finishEarly(factory)
        };
    }

    // Physical: at most Sites Per Crew Per Wave sites per crew per wave.
    public Constraint crewCapacity(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .groupBy(SiteJob::getWave, SiteJob::getCrew, ConstraintCollectors.count())
                .join(PlanLimits.class)
                .filter((wave, crew, sites, limits) -> sites > limits.sitesPerCrewPerWave())
                .penalizeLong(Levels.PHYSICAL, (wave, crew, sites, limits) -> sites - limits.sitesPerCrewPerWave())
                .justifyWith((wave, crew, sites, limits, score) ->
                        new CrewOverloaded(wave, crew, sites, limits.sitesPerCrewPerWave()))
                .asConstraint(CREW_CAPACITY);
    }

    // Physical: a site starts only after every site it depends on has finished (a later wave).
    public Constraint dependencies(ConstraintFactory factory) {
        return factory.forEach(Dependency.class)
                .join(SiteJob.class, Joiners.equal(Dependency::siteId, SiteJob::getSiteId))
                .join(SiteJob.class, Joiners.equal((dependency, site) -> dependency.prerequisiteId(), SiteJob::getSiteId))
                .filter((dependency, site, prerequisite) -> site.getWave() <= prerequisite.getWave())
                .penalizeLong(Levels.PHYSICAL,
                        (dependency, site, prerequisite) -> prerequisite.getWave() - site.getWave() + 1L)
                .justifyWith((dependency, site, prerequisite, score) -> new DependencyNotFinished(site.getSiteId(),
                        site.getWave(), prerequisite.getSiteId(), prerequisite.getWave()))
                .asConstraint(DEPENDENCIES);
    }

    // Physical: a seasonal site's whole wave lies inside its access months.
    public Constraint accessWindows(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(Wave.class, Joiners.equal(SiteJob::getWave, Wave::index))
                .filter((job, wave) -> job.monthsOutsideAccess(wave) > 0)
                .penalizeLong(Levels.PHYSICAL, SiteJob::monthsOutsideAccess)
                .justifyWith((job, wave, score) -> new OutsideAccessWindow(job.getSiteId(), wave.index(),
                        job.monthsOutsideAccess(wave)))
                .asConstraint(ACCESS_WINDOWS);
    }

    // Physical: no site before its earliest start (planning start plus equipment lead time, or its own date).
    public Constraint earliestStart(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .filter(job -> job.getWave() < job.getEarliestWave())
                .penalizeLong(Levels.PHYSICAL, job -> job.getEarliestWave() - job.getWave())
                .justifyWith((job, score) -> new BeforeEarliestStart(job.getSiteId(), job.getWave(), job.getEarliestWave()))
                .asConstraint(EARLIEST_START);
    }

    // Money: spend in a wave within the budget per wave (dollars over); a site that alone costs more has its wave to itself.
    public Constraint budgetPerWave(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .groupBy(SiteJob::getWave, ConstraintCollectors.sumLong(SiteJob::getCostCents), ConstraintCollectors.count())
                .join(PlanLimits.class)
                .filter((wave, spend, sites, limits) -> sites > 1 && limits.budgetPerWaveCents().isPresent()
                        && spend > limits.budgetPerWaveCents().getAsLong())
                .penalizeLong(Levels.MONEY,
                        (wave, spend, sites, limits) -> dollars(spend - limits.budgetPerWaveCents().getAsLong()))
                .justifyWith((wave, spend, sites, limits, score) ->
                        new OverBudget(wave, spend, limits.budgetPerWaveCents().getAsLong()))
                .asConstraint(BUDGET_PER_WAVE);
    }

    // Money: where starting cash is given, the lowest balance (starting cash + reimbursements received - spend) at or above zero (dollars short at the lowest point).
    public Constraint cashBalance(ConstraintFactory factory) {
        return peakShortfall(factory, PlanLimits.CashRule.WITHIN_CASH, Levels.MONEY, CASH_BALANCE);
    }

    // Deadline: the last site finishes by the deadline in force (days late of the last finish: the extension asked for).
    public Constraint lastFinish(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(Wave.class, Joiners.equal(SiteJob::getWave, Wave::index))
                .groupBy(ConstraintCollectors.max((SiteJob job, Wave wave) -> wave.daysLate()))
                .filter(daysLate -> daysLate > 0)
                .penalizeLong(Levels.LAST_FINISH, daysLate -> daysLate)
                .justifyWith((daysLate, score) -> new LastFinishLate(daysLate))
                .asConstraint(LAST_FINISH);
    }

    // Bridge financing: when asked what finishing on time costs in money, the least peak shortfall (dollars).
    public Constraint bridgeFinancing(ConstraintFactory factory) {
        return peakShortfall(factory, PlanLimits.CashRule.BRIDGE_FINANCING, Levels.BRIDGE, BRIDGE_FINANCING);
    }

    /** The dollars the balance falls below zero at its lowest, on the given level, where the cash rule sits there. */
    private static Constraint peakShortfall(ConstraintFactory factory, PlanLimits.CashRule rule, BendableLongScore level,
                                            String name) {
        return factory.forEach(SiteJob.class)
                .groupBy(WaveTotals.collect())
                .join(PlanLimits.class, Joiners.filtering((totals, limits) -> limits.holdsCash(rule)))
                .filter((totals, limits) -> totals.lowest(limits.cash().orElseThrow()).balanceCents() < 0)
                .penalizeLong(level, (totals, limits) -> dollars(-totals.lowest(limits.cash().orElseThrow()).balanceCents()))
                .justifyWith((totals, limits, score) -> CashShort.of(totals.lowest(limits.cash().orElseThrow())))
                .asConstraint(name);
    }

    // Deadline: every site finishes by the deadline in force (days late, summed over sites).
    public Constraint deadline(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(Wave.class, Joiners.equal(SiteJob::getWave, Wave::index))
                .filter((job, wave) -> wave.daysLate() > 0)
                .penalizeLong(Levels.DAYS_LATE, (job, wave) -> wave.daysLate())
                .justifyWith((job, wave, score) -> new FinishesLate(job.getSiteId(), wave.index(), wave.daysLate()))
                .asConstraint(DEADLINE);
    }

    // Goal: critical sites and subscribers served by covered gear replaced early.
    public Constraint exposure(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(PlanningWeights.class)
                .penalizeLong(Levels.GOALS, (job, weights) -> job.getWave()
                        * (weights.exposure() * job.getSubscribers() + (job.isCritical() ? weights.critical() : 0)))
                .justifyWith((job, weights, score) -> new SoftGoal("Exposure", job.getSiteId(), Levels.goals(score)))
                .asConstraint("Exposure of subscribers and critical sites");
    }

    // Goal: each crew's sites in a wave close together.
    public Constraint travel(ConstraintFactory factory) {
        return factory.forEachUniquePair(SiteJob.class, Joiners.equal(SiteJob::getWave), Joiners.equal(SiteJob::getCrew))
                .join(PlanningWeights.class)
                .penalizeLong(Levels.GOALS, (a, b, weights) -> weights.travel() * a.kilometresTo(b))
                .justifyWith((a, b, weights, score) -> new SoftGoal("Travel", a.getSiteId() + "-" + b.getSiteId(),
                        Levels.goals(score)))
                .asConstraint("Travel between a crew's sites");
    }

    // Goal: crews evenly loaded.
    public Constraint crewBalance(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .groupBy(SiteJob::getCrew, ConstraintCollectors.count())
                .join(PlanningWeights.class)
                .penalizeLong(Levels.GOALS, (crew, sites, weights) -> weights.balance() * sites * sites)
                .justifyWith((crew, sites, weights, score) -> new SoftGoal("Crew load", "crew " + Numbering.crew(crew),
                        Levels.goals(score)))
                .asConstraint("Crews evenly loaded");
    }

    // Goal: finish early.
    public Constraint finishEarly(ConstraintFactory factory) {
        return factory.forEach(SiteJob.class)
                .join(PlanningWeights.class)
                .penalizeLong(Levels.GOALS, (job, weights) -> weights.finishEarly() * job.getWave())
                .justifyWith((job, weights, score) -> new SoftGoal("Finish early", job.getSiteId(), Levels.goals(score)))
                .asConstraint("Finish early");
    }

    private static long dollars(long cents) {
        return Math.max(1, (cents + 99) / 100);
    }

    /** The levels of the score, most binding first. */
    static final class Levels {
        static final int HARD = 2;
        static final int SOFT = 4;
        static final BendableLongScore PHYSICAL = BendableLongScore.ofHard(HARD, SOFT, 0, 1);
        static final BendableLongScore MONEY = BendableLongScore.ofHard(HARD, SOFT, 1, 1);
        static final BendableLongScore LAST_FINISH = BendableLongScore.ofSoft(HARD, SOFT, 0, 1);
        static final BendableLongScore BRIDGE = BendableLongScore.ofSoft(HARD, SOFT, 1, 1);
        static final BendableLongScore DAYS_LATE = BendableLongScore.ofSoft(HARD, SOFT, 2, 1);
        static final BendableLongScore GOALS = BendableLongScore.ofSoft(HARD, SOFT, 3, 1);

        private Levels() {
        }

        static long goals(BendableLongScore score) {
            return score.softScore(3);
        }
    }
}
