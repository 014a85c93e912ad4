package com.ripreplace.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The settings a {@code Program} sheet may hold, as key/value rows, each with the names carriers use. */
public enum ProgramKey {
    CARRIER_NAME("Carrier Name", "carrier", "company", "company name", "recipient", "licensee"),
    FRN("FRN", "fcc registration number", "frn number"),
    REIMBURSEMENT_ALLOCATION("Reimbursement Allocation", "allocation", "approved allocation", "total allocation"),
    FUNDING_FACTOR("Funding Factor", "pro rata factor", "proration factor", "prorata", "funding percentage"),
    INITIAL_DISBURSEMENT_DATE("Initial Disbursement Date", "initial disbursement", "first disbursement",
            "first disbursement date"),
    DEADLINE("Deadline", "completion deadline", "base deadline", "removal deadline"),
    EXTENSION_DEADLINE("Extension Deadline", "extension deadlines", "extended deadline", "extension"),
    PLANNING_START("Planning Start", "plan start", "start date", "planning start date"),
    LEAD_TIME_DAYS("Lead Time Days", "lead time", "equipment lead time", "lead time (days)"),
    WAVE_LENGTH("Wave Length", "wave", "wave period", "wave duration"),
    BUDGET_PER_WAVE("Budget Per Wave", "wave budget", "budget"),
    STARTING_CASH("Starting Cash", "opening cash", "cash on hand", "initial cash"),
    REIMBURSEMENT_LAG_DAYS("Reimbursement Lag Days", "reimbursement lag", "payment lag days", "claim lag days"),
    CREWS("Crews", "crew count", "number of crews", "tower crews"),
    SITES_PER_CREW_PER_WAVE("Sites Per Crew Per Wave", "sites per crew", "crew capacity", "sites per crew wave");

    private static final Map<String, ProgramKey> BY_NAME = new HashMap<>();

    static {
        for (ProgramKey key : values()) {
            BY_NAME.put(Field.normalise(key.label), key);
            for (String alias : key.aliases) {
                BY_NAME.put(Field.normalise(alias), key);
            }
        }
    }

    private final String label;
    private final List<String> aliases;

    ProgramKey(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    /**
     * The key a cell names; numbered extension rows ("Extension Deadline 2") count as extension deadlines.
     */
    public static Optional<ProgramKey> forName(String text) {
        String normalised = Field.normalise(text);
        ProgramKey exact = BY_NAME.get(normalised);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (normalised.matches("extension(deadline)?s?\\d+")) {
            return Optional.of(EXTENSION_DEADLINE);
        }
        return Optional.empty();
    }
}
