package com.ripreplace.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The extension a late plan needs, with its justification.
 *
 * @param lastFinish    the day the last job finishes
 * @param monthsBeyond  whole months past the deadline in force, rounded up
 * @param drivingSites  the sites that finish after the deadline, latest first
 * @param bindingRules  sentences naming each rule that keeps the work past the deadline, with figures
 */
public record Extension(LocalDate deadline, LocalDate lastFinish, long daysBeyond, int monthsBeyond,
                        List<String> drivingSites, List<String> bindingRules) {

    public Extension {
        drivingSites = List.copyOf(drivingSites);
        bindingRules = List.copyOf(bindingRules);
    }
}
