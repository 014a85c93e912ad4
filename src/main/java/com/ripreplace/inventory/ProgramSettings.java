package com.ripreplace.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The programme settings an inventory's {@code Program} sheet gives; any of them may be absent
 * (null here), in which case the cost and planning features apply their documented defaults or the
 * command-line settings.
 */
public record ProgramSettings(String carrierName, String frn, BigDecimal reimbursementAllocation,
                              BigDecimal fundingFactor, LocalDate initialDisbursementDate, LocalDate deadline,
                              List<LocalDate> extensionDeadlines, LocalDate planningStart, Integer leadTimeDays,
                              String waveLength, BigDecimal budgetPerWave, BigDecimal startingCash,
                              Integer reimbursementLagDays, Integer crews, Integer sitesPerCrewPerWave) {

    public static final ProgramSettings NONE = new ProgramSettings(null, null, null, null, null, null, List.of(),
            null, null, null, null, null, null, null, null);

    public ProgramSettings {
        extensionDeadlines = extensionDeadlines == null ? List.of() : List.copyOf(extensionDeadlines);
    }

    /** The deadline in force: the latest extension granted, else the base deadline. */
    public Optional<LocalDate> deadlineInForce() {
        return extensionDeadlines.stream().max(LocalDate::compareTo).or(() -> Optional.ofNullable(deadline));
    }
}
