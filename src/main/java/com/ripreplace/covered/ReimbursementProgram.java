package com.ripreplace.covered;

import java.time.LocalDate;
import java.util.List;

/**
 * The program's eligibility rule: gear of these entities obtained on or before this day is reimbursed
 * (at a carrier with 10 million customers or fewer, which the planner assumes).
 */
public record ReimbursementProgram(List<String> entityCodes, LocalDate obtainedOnOrBefore, String sourceId) {

    public ReimbursementProgram {
        entityCodes = List.copyOf(entityCodes);
        if (obtainedOnOrBefore == null) {
            throw new IllegalArgumentException("the reimbursement rule needs its cut-off date");
        }
    }
}
