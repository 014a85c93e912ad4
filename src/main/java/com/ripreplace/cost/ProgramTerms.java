package com.ripreplace.cost;

import com.ripreplace.inventory.ProgramSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The programme settings in force for costing and planning: each from the command line, else the
 * inventory's Program sheet, else a documented default; {@link #sources()} says which, per setting.
 */
public record ProgramTerms(String carrierName, String frn, BigDecimal fundingFactor, Optional<Money> allocation,
                           int reimbursementLagDays, Optional<Money> givenStartingCash, Optional<Money> budgetPerWave,
                           WaveLength waveLength, LocalDate planningStart, Optional<LocalDate> initialDisbursement,
                           Optional<LocalDate> deadline, Optional<LocalDate> deadlineInForce,
                           Optional<Integer> leadTimeDays, int crews, int sitesPerCrewPerWave,
                           Map<String, String> sources) {

    /** Funding factor when none is given: allocations are paid in full since the 2025 appropriation. */
    public static final BigDecimal DEFAULT_FUNDING_FACTOR = BigDecimal.ONE;
    /** Days from a claim to its payment when none is given: claims have waited months (one carrier reported 189 days). */
    public static final int DEFAULT_REIMBURSEMENT_LAG_DAYS = 180;
    public static final int DEFAULT_CREWS = 2;
    public static final int DEFAULT_SITES_PER_CREW_PER_WAVE = 2;

    public ProgramTerms {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** Cash at the planning start; zero when none is given (the cash rule then does not apply). */
    public Money startingCash() {
        return givenStartingCash.orElse(Money.ZERO);
    }

    public FundingRule fundingRule() {
        return new FundingRule(fundingFactor, allocation);
    }

    public WaveCalendar calendar() {
        return new WaveCalendar(planningStart, waveLength);
    }

    /** Settings given on the command line; a null field means "not given". */
    public record Overrides(BigDecimal fundingFactor, BigDecimal allocation, Integer reimbursementLagDays,
                            BigDecimal startingCash, BigDecimal budgetPerWave, String waveLength, LocalDate planningStart,
                            LocalDate deadline, Integer leadTimeDays, Integer crews, Integer sitesPerCrewPerWave) {
        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Resolves every setting. The planning start, when neither given nor on the Program sheet, is the first
     * day of the month after the initial disbursement, else the first day of next month from {@code today}.
     */
    public static ProgramTerms resolve(ProgramSettings sheet, Overrides given, LocalDate today) {
        Map<String, String> sources = new LinkedHashMap<>();
        BigDecimal factor = pick("Funding Factor", given.fundingFactor(), sheet.fundingFactor(), DEFAULT_FUNDING_FACTOR,
                "default: full funding since the 2025 appropriation", sources);
        BigDecimal allocation = pick("Reimbursement Allocation", given.allocation(), sheet.reimbursementAllocation(), null,
                "not given: no cap applied", sources);
        Integer lag = pick("Reimbursement Lag Days", given.reimbursementLagDays(), sheet.reimbursementLagDays(),
                DEFAULT_REIMBURSEMENT_LAG_DAYS, "default: claims paid about six months after filing", sources);
        BigDecimal cash = pick("Starting Cash", given.startingCash(), sheet.startingCash(), null,
                "not given: the balance starts at zero and shows what the carrier must fund; the plan does not"
                        + " hold the cash rule", sources);
        BigDecimal budget = pick("Budget Per Wave", given.budgetPerWave(), sheet.budgetPerWave(), null,
                "not given: no limit per wave", sources);
        String wave = pick("Wave Length", given.waveLength(), sheet.waveLength(), "month", "default: month", sources);
        LocalDate initial = sheet.initialDisbursementDate();
        LocalDate startDefault = (initial != null ? initial : today).withDayOfMonth(1).plusMonths(1);
        LocalDate start = pick("Planning Start", given.planningStart(), sheet.planningStart(), startDefault,
                initial != null ? "default: the month after the initial disbursement" : "default: next month", sources);
        LocalDate baseDeadline = pick("Deadline", given.deadline(), sheet.deadline(),
                initial == null ? null : initial.plusYears(1),
                initial == null ? "not given" : "default: one year after the initial disbursement", sources);
        Optional<LocalDate> inForce = given.deadline() != null ? Optional.of(given.deadline())
                : sheet.extensionDeadlines().stream().max(LocalDate::compareTo).or(() -> Optional.ofNullable(baseDeadline));
        if (given.deadline() == null && !sheet.extensionDeadlines().isEmpty()) {
            sources.put("Deadline in force", "Program sheet: latest Extension Deadline");
        }
        Integer lead = pick("Lead Time Days", given.leadTimeDays(), sheet.leadTimeDays(), null,
                "not given: the cost catalog's lead time per category", sources);
        Integer crews = pick("Crews", given.crews(), sheet.crews(), DEFAULT_CREWS, "default: 2 crews", sources);
        Integer perCrew = pick("Sites Per Crew Per Wave", given.sitesPerCrewPerWave(), sheet.sitesPerCrewPerWave(),
                DEFAULT_SITES_PER_CREW_PER_WAVE, "default: 2 sites per crew per wave", sources);
        return new ProgramTerms(sheet.carrierName(), sheet.frn(), factor,
                Optional.ofNullable(allocation).map(Money::rounded), lag, Optional.ofNullable(cash).map(Money::rounded),
                Optional.ofNullable(budget).map(Money::rounded), WaveLength.of(wave), start, Optional.ofNullable(initial),
                Optional.ofNullable(baseDeadline), inForce, Optional.ofNullable(lead), crews, perCrew, sources);
    }

    private static <T> T pick(String name, T given, T sheet, T fallback, String fallbackSource, Map<String, String> sources) {
        if (given != null) {
            sources.put(name, "command line");
            return given;
        }
        if (sheet != null) {
            sources.put(name, "Program sheet");
            return sheet;
        }
        sources.put(name, fallbackSource);
        return fallback;
    }
}
