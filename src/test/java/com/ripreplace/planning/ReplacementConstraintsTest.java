package com.ripreplace.planning;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import static com.ripreplace.planning.Jobs.aJob;
import static com.ripreplace.planning.Jobs.limits;
import static com.ripreplace.planning.Jobs.limitsWithBudget;
import static com.ripreplace.planning.Jobs.limitsWithCash;
import static com.ripreplace.planning.Jobs.wave;

/** One test per constraint, named after it; no application context. */
class ReplacementConstraintsTest {

    private final ConstraintVerifier<ReplacementConstraints, ReplacementPlan> verify =
            ConstraintVerifier.build(new ReplacementConstraints(), ReplacementPlan.class, SiteJob.class);

    @Test
    void crewCapacity() {
        verify.verifyThat(ReplacementConstraints::crewCapacity)
                .given(limits(2, 2), aJob("A").in(0, 0), aJob("B").in(0, 0), aJob("C").in(0, 0), aJob("D").in(0, 0),
                        aJob("E").in(0, 1), aJob("F").in(1, 0))
                .penalizesBy(2);
        verify.verifyThat(ReplacementConstraints::crewCapacity)
                .given(limits(2, 2), aJob("A").in(0, 0), aJob("B").in(0, 0), aJob("C").in(0, 1))
                .penalizesBy(0);
    }

    @Test
    void dependencies() {
        SiteJob core = aJob("CORE").in(3, 0);
        SiteJob sameWave = aJob("T1").after(core).in(3, 1);
        SiteJob before = aJob("T2").after(core).in(1, 1);
        SiteJob after = aJob("T3").after(core).in(4, 1);
        verify.verifyThat(ReplacementConstraints::dependencies)
                .given(core, sameWave, before, after, new Dependency("T1", "CORE"), new Dependency("T2", "CORE"),
                        new Dependency("T3", "CORE"))
                .penalizesBy(1 + 3);
    }

    @Test
    void accessWindows() {
        verify.verifyThat(ReplacementConstraints::accessWindows)
                .given(wave(0), wave(5), wave(6), aJob("WINTER").openOnlyIn(5, 6, 7, 8, 9, 10).in(0, 0),
                        aJob("SUMMER").openOnlyIn(5, 6, 7, 8, 9, 10).in(5, 0), aJob("ANY").in(6, 0))
                .penalizesBy(1);
    }

    @Test
    void earliestStart() {
        verify.verifyThat(ReplacementConstraints::earliestStart)
                .given(aJob("EARLY").notBeforeWave(4).in(1, 0), aJob("OK").notBeforeWave(4).in(4, 0))
                .penalizesBy(3);
    }

    @Test
    void budgetPerWave() {
        verify.verifyThat(ReplacementConstraints::budgetPerWave)
                .given(limitsWithBudget(250_000_00L), aJob("A").costing(150_000).in(0, 0),
                        aJob("B").costing(120_000).in(0, 1), aJob("C").costing(200_000).in(1, 0))
                .penalizesBy(20_000);
    }

    @Test
    void cashBalance() {
        // Starting cash 100,000. Wave 0 spends 150,000 (claim 120,000 paid in wave 2); wave 1 spends 50,000.
        // Balances: wave 0 -50,000, wave 1 -100,000, wave 2 +20,000, wave 3 +20,000.
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limitsWithCash(100_000_00L), wave(0), wave(1), wave(2), wave(3),
                        aJob("A").costing(150_000).claiming(120_000).in(0, 0), aJob("B").costing(50_000).in(1, 0))
                .penalizesBy(50_000 + 100_000);
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limits(2, 2), wave(0), wave(1), aJob("A").costing(150_000).in(0, 0))
                .penalizesBy(0);
    }

    @Test
    void deadline() {
        verify.verifyThat(ReplacementConstraints::deadline)
                .given(wave(11), wave(12), wave(14), aJob("ON TIME").in(11, 0), aJob("LATE").in(12, 0),
                        aJob("LATER").in(14, 0))
                .penalizesBy(30 + 90);
    }

    @Test
    void exposure() {
        verify.verifyThat(ReplacementConstraints::exposure)
                .given(PlanningWeights.DEFAULTS, aJob("A").serving(500).in(2, 0), aJob("B").critical().in(3, 0),
                        aJob("C").serving(900).in(0, 0))
                .penalizesBy(2 * 500 + 3 * 1_000);
    }

    @Test
    void travel() {
        verify.verifyThat(ReplacementConstraints::travel)
                .given(PlanningWeights.DEFAULTS, aJob("A").at(44.0, -104.0).in(0, 0),
                        aJob("B").at(45.0, -104.0).in(0, 0), aJob("C").at(46.0, -104.0).in(0, 1))
                .penalizesBy(10 * 111);
    }

    @Test
    void crewBalance() {
        verify.verifyThat(ReplacementConstraints::crewBalance)
                .given(PlanningWeights.DEFAULTS, aJob("A").in(0, 0), aJob("B").in(1, 0), aJob("C").in(2, 0),
                        aJob("D").in(0, 1))
                .penalizesBy(50 * (9 + 1));
    }

    @Test
    void finishEarly() {
        verify.verifyThat(ReplacementConstraints::finishEarly)
                .given(PlanningWeights.DEFAULTS, aJob("A").in(0, 0), aJob("B").in(4, 0))
                .penalizesBy(100 * 4);
    }
}
