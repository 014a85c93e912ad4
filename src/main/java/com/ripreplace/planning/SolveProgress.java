package com.ripreplace.planning;

import java.time.Duration;

/**
 * How a solve is going, reported each time a better plan is found: for the terminal, the service and the
 * pages (no solver type leaves the planning package).
 *
 * @param stage      what is being planned ("plan within the cash", "bridge financing", "what-if: one more crew")
 * @param elapsed    time since that stage started
 * @param bestScore  the best plan's score in words, most binding level first
 * @param feasible   true when the best plan keeps every physical and money rule
 */
public record SolveProgress(String stage, Duration elapsed, String bestScore, boolean feasible) {
}
