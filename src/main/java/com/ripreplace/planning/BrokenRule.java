package com.ripreplace.planning;

/**
 * A rule the plan breaks, in plain words, for the CLI, the workbook and the API.
 *
 * @param level which kind of rule: a physical one, a money one, or the deadline
 */
public record BrokenRule(String rule, Level level, String description) {

    /** The levels of the plan's rules, most binding first: no amount of money outweighs a physical rule. */
    public enum Level {
        /** Crews, dependencies, access windows, earliest start: a crew could not carry the plan out. */
        PHYSICAL("physical"),
        /** Budget per wave and cash balance: the plan needs more money than the settings allow. */
        MONEY("money"),
        /** Work finishes after the deadline in force. */
        DEADLINE("deadline");

        private final String word;

        Level(String word) {
            this.word = word;
        }

        /** The level as the workbook and the terminal write it. */
        public String word() {
            return word;
        }

        /** True for the rules a plan must keep to be carried out as written (physical and money). */
        public boolean hard() {
            return this != DEADLINE;
        }
    }
}
