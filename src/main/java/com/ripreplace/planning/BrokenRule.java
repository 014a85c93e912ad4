package com.ripreplace.planning;

/**
 * A rule the plan breaks, in plain words, for the CLI and the workbook.
 *
 * @param level "hard" (the plan cannot be carried out as is) or "deadline" (work ends after the deadline in force)
 */
public record BrokenRule(String rule, String level, String description) {
}
