package com.ripreplace.planning;

import java.time.Duration;

/** What a running plan reports as its search improves, in the project's own terms (no solver type). */
@FunctionalInterface
public interface PlanProgress {

    PlanProgress NONE = (score, feasible, elapsed) -> { };

    /**
     * @param bestScore the best score so far, as text ("0hard/-12medium/-3400soft")
     * @param feasible  whether that plan breaks no physical or money rule
     * @param elapsed   time since the search started
     */
    void best(String bestScore, boolean feasible, Duration elapsed);
}
