package com.ripreplace.samples;

/** The keys of the Program sheet (column A), in the order they are written, and the kind of value each takes. */
enum ProgramKey {
    CARRIER_NAME("Carrier Name", Kind.TEXT, "The carrier's legal name."),
    FRN("FRN", Kind.TEXT, "FCC Registration Number, 10 digits (keep the leading zeros: type it as text)."),
    REIMBURSEMENT_ALLOCATION("Reimbursement Allocation", Kind.MONEY,
            "The allocation the program approved, in dollars; reimbursement is capped at it."),
    FUNDING_FACTOR("Funding Factor", Kind.PERCENT,
            "Share of eligible cost the program pays: 100% (1.0), or 39.5% (0.395) for pro-rated allocations."),
    INITIAL_DISBURSEMENT_DATE("Initial Disbursement Date", Kind.DATE, "Date of the first disbursement."),
    DEADLINE("Deadline", Kind.DATE, "Completion deadline: one year after the initial disbursement."),
    EXTENSION_DEADLINE("Extension Deadline", Kind.DATE,
            "Blank, or the latest extended deadline the FCC granted (extensions are up to six months each)."),
    PLANNING_START("Planning Start", Kind.DATE, "First day the plan may schedule work."),
    LEAD_TIME_DAYS("Lead Time Days", Kind.NUMBER,
            "Equipment lead time in days for every category; leave blank to use the cost catalog's per-category lead times."),
    WAVE_LENGTH("Wave Length", Kind.TEXT, "month or quarter."),
    BUDGET_PER_WAVE("Budget Per Wave", Kind.MONEY, "Most the carrier can spend in one wave, in dollars."),
    STARTING_CASH("Starting Cash", Kind.MONEY, "Cash on hand at the planning start, in dollars."),
    REIMBURSEMENT_LAG_DAYS("Reimbursement Lag Days", Kind.NUMBER,
            "Days from filing a claim to receiving the reimbursement."),
    CREWS("Crews", Kind.NUMBER, "Number of tower crews working in parallel."),
    SITES_PER_CREW_PER_WAVE("Sites Per Crew Per Wave", Kind.NUMBER, "Sites one crew can finish in one wave.");

    static final String SHEET = "Program";
    static final String KEY_HEADER = "Setting";
    static final String VALUE_HEADER = "Value";

    enum Kind { TEXT, MONEY, PERCENT, DATE, NUMBER }

    private final String key;
    private final Kind kind;
    private final String meaning;

    ProgramKey(String key, Kind kind, String meaning) {
        this.key = key;
        this.kind = kind;
        this.meaning = meaning;
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    String meaning() {
        return meaning;
    }
}
