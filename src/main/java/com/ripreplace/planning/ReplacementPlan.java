package com.ripreplace.planning;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/** The planning problem and, once solved, its plan: every site job with its wave and crew. */
@PlanningSolution
public class ReplacementPlan {

    @PlanningEntityCollectionProperty
    private List<SiteJob> jobs;

    @ProblemFactCollectionProperty
    private List<Wave> waves;

    @ProblemFactCollectionProperty
    private List<Dependency> dependencies;

    @ProblemFactProperty
    private PlanLimits limits;

    @ProblemFactProperty
    private PlanningWeights weights;

    @PlanningScore(bendableHardLevelsSize = ReplacementConstraints.Levels.HARD,
            bendableSoftLevelsSize = ReplacementConstraints.Levels.SOFT)
    private BendableLongScore score;

    /** For OptaPlanner's cloning. */
    public ReplacementPlan() {
    }

    public ReplacementPlan(List<SiteJob> jobs, List<Wave> waves, PlanLimits limits, PlanningWeights weights) {
        this.jobs = jobs;
        this.dependencies = jobs.stream()
                .flatMap(job -> job.getDependsOn().stream()
                        .map(prerequisite -> new Dependency(job.getSiteId(), prerequisite.getSiteId())))
                .toList();
        this.waves = waves;
        this.limits = limits;
        this.weights = weights;
    }

    @ValueRangeProvider(id = "waves")
    public CountableValueRange<Integer> waveRange() {
        return ValueRangeFactory.createIntValueRange(0, waves.size());
    }

    @ValueRangeProvider(id = "crews")
    public CountableValueRange<Integer> crewRange() {
        return ValueRangeFactory.createIntValueRange(0, limits.crews());
    }

    public List<SiteJob> getJobs() {
        return jobs;
    }

    public List<Dependency> getDependencies() {
        return dependencies;
    }

    public List<Wave> getWaves() {
        return waves;
    }

    public PlanLimits getLimits() {
        return limits;
    }

    /** A copy with its own jobs (assignments included) and other limits: the cash rule elsewhere, a crew more. */
    ReplacementPlan copy(PlanLimits other) {
        return copy(other, SiteJob::copy);
    }

    /** A copy with its own jobs, each changed by {@code change} (dependencies kept), and other limits. */
    ReplacementPlan copy(PlanLimits other, java.util.function.UnaryOperator<SiteJob> change) {
        java.util.Map<String, SiteJob> copies = new java.util.LinkedHashMap<>();
        for (SiteJob job : jobs) {
            copies.put(job.getSiteId(), change.apply(job));
        }
        for (SiteJob job : jobs) {
            copies.get(job.getSiteId()).dependOn(job.getDependsOn().stream().map(p -> copies.get(p.getSiteId())).toList());
        }
        return new ReplacementPlan(new java.util.ArrayList<>(copies.values()), waves, other, weights);
    }

    public PlanningWeights getWeights() {
        return weights;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
