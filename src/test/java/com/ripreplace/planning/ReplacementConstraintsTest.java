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
    void budgetPerWaveLetsASiteThatAloneCostsMoreHaveItsWaveToItself() {
        verify.verifyThat(ReplacementConstraints::budgetPerWave)
                .given(limitsWithBudget(700_000_00L), aJob("CORE-1").costing(1_176_450).in(0, 0),
                        aJob("T1").costing(50_000).in(1, 0))
                .penalizesBy(0);
        verify.verifyThat(ReplacementConstraints::budgetPerWave)
                .given(limitsWithBudget(700_000_00L), aJob("CORE-1").costing(1_176_450).in(0, 0),
                        aJob("T1").costing(50_000).in(0, 1))
                .penalizesBy(1_226_450 - 700_000);
    }

    @Test
    void cashBalance() {
        // Starting cash 100,000. Wave 0 spends 150,000 (claim 120,000 paid in wave 2); wave 1 spends 50,000.
        // Balances: wave 0 -50,000, wave 1 -100,000, wave 2 +20,000: the lowest, -100,000, is the financing needed.
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limitsWithCash(100_000_00L), aJob("A").costing(150_000).claiming(120_000).in(0, 0),
                        aJob("B").costing(50_000).in(1, 0))
                .penalizesBy(100_000);
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limits(2, 2), aJob("A").costing(150_000).in(0, 0))
                .penalizesBy(0);
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limitsWithCash(100_000_00L, PlanLimits.CashRule.BRIDGE_FINANCING),
                        aJob("A").costing(150_000).in(0, 0))
                .penalizesBy(0);
    }

    @Test
    void cashBalanceCountsOnlyThePeakShortfallNotEachWaveShort() {
        // Spending everything in the last wave used to "improve" a sum over waves; the peak is the same wherever it falls.
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limitsWithCash(0), aJob("A").costing(60_000).in(0, 0), aJob("B").costing(40_000).in(5, 0))
                .penalizesBy(100_000);
        verify.verifyThat(ReplacementConstraints::cashBalance)
                .given(limitsWithCash(0), aJob("A").costing(60_000).in(9, 0), aJob("B").costing(40_000).in(9, 1))
                .penalizesBy(100_000);
    }

    @Test
    void bridgeFinancing() {
        verify.verifyThat(ReplacementConstraints::bridgeFinancing)
                .given(limitsWithCash(100_000_00L, PlanLimits.CashRule.BRIDGE_FINANCING),
                        aJob("A").costing(150_000).claiming(120_000).in(0, 0), aJob("B").costing(50_000).in(1, 0))
                .penalizesBy(100_000);
        verify.verifyThat(ReplacementConstraints::bridgeFinancing)
                .given(limitsWithCash(100_000_00L), aJob("A").costing(150_000).in(0, 0))
                .penalizesBy(0);
    }

    @Test
    void lastFinish() {
        verify.verifyThat(ReplacementConstraints::lastFinish)
                .given(wave(11), wave(12), wave(14), aJob("ON TIME").in(11, 0), aJob("LATE").in(12, 0),
                        aJob("LATER").in(14, 0))
                .penalizesBy(90);
        verify.verifyThat(ReplacementConstraints::lastFinish)
                .given(wave(3), wave(11), aJob("A").in(3, 0), aJob("B").in(11, 0))
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
