package com.ripreplace.planning;

import com.ripreplace.cost.Numbering;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

import java.util.Locale;

/** Why a rule is broken, as records a person can read (waves and crews counted from 1). */
public final class RuleBreaches {

    private RuleBreaches() {
    }

    /** A justification with a sentence for the CLI and the workbook. */
    public interface Breach extends ConstraintJustification {
        String describe();
    }

    public record CrewOverloaded(int wave, int crew, long sites, int limit) implements Breach {
        public String describe() {
            return "Crew " + Numbering.crew(crew) + " has " + sites + " sites in wave " + Numbering.wave(wave) + "; a crew can do " + limit
                    + " per wave.";
        }
    }

    public record DependencyNotFinished(String site, int wave, String prerequisite, int prerequisiteWave) implements Breach {
        public String describe() {
            return "Site " + site + " starts in wave " + Numbering.wave(wave) + " but depends on " + prerequisite
                    + ", which finishes only in wave " + Numbering.wave(prerequisiteWave) + ".";
        }
    }

    public record OutsideAccessWindow(String site, int wave, long monthsOutside) implements Breach {
        public String describe() {
            return "Site " + site + " is scheduled in wave " + Numbering.wave(wave) + ", " + monthsOutside
                    + (monthsOutside == 1 ? " month" : " months") + " of which fall outside its access months.";
        }
    }

    public record BeforeEarliestStart(String site, int wave, int earliestWave) implements Breach {
        public String describe() {
            return "Site " + site + " is scheduled in wave " + Numbering.wave(wave) + ", before its equipment can arrive or its"
                    + " earliest start (wave " + Numbering.wave(earliestWave) + ").";
        }
    }

    public record OverBudget(int wave, long spendCents, long budgetCents) implements Breach {
        public String describe() {
            return String.format(Locale.US, "Wave %d spends $%,.2f; the budget per wave is $%,.2f.", Numbering.wave(wave),
                    spendCents / 100.0, budgetCents / 100.0);
        }
    }

    public record CashShort(int wave, long balanceCents) implements Breach {
        static CashShort of(com.ripreplace.cost.CashLedger.Lowest lowest) {
            return new CashShort(lowest.wave(), lowest.balanceCents());
        }

        public String describe() {
            return String.format(Locale.US, "The cash balance falls to its lowest, -$%,.2f, at the end of wave %d.",
                    -balanceCents / 100.0, Numbering.wave(wave));
        }
    }

    public record LastFinishLate(long daysLate) implements Breach {
        public String describe() {
            return "The last site finishes " + daysLate + " days after the deadline.";
        }
    }

    public record FinishesLate(String site, int wave, long daysLate) implements Breach {
        public String describe() {
            return "Site " + site + " finishes in wave " + Numbering.wave(wave) + ", " + daysLate + " days after the deadline.";
        }
    }

    /** Soft goals: recorded so the score can be explained, not shown as broken rules. */
    public record SoftGoal(String goal, String site, long weight) implements Breach {
        public String describe() {
            return goal + " (" + site + "): " + weight;
        }
    }
}
