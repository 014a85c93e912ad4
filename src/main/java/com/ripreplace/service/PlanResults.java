package com.ripreplace.service;

import com.ripreplace.planning.PlanOutcome;

/** Turns a finished plan into the result summary the API shows (JSON), kept with the plan. */
public interface PlanResults {

    String json(PlanOutcome outcome);
}
