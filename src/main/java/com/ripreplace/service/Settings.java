package com.ripreplace.service;

import com.ripreplace.cost.ProgramTerms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings sent with a plan or an estimate: the solve's time limit and seed, and any programme setting by its
 * camelCase name, each overriding the inventory's Program sheet. Every field is optional.
 *
 * @param timeLimit   longest search, such as {@code "30s"} or {@code "2m"} (plans only; default 30s)
 * @param seed        the search's random seed (plans only; default 1)
 * @param fundingFactor share of eligible cost reimbursed: 0.395, or 39.5 meaning per cent
 */
@Serdeable
public record Settings(@Nullable String timeLimit, @Nullable Long seed, @Nullable BigDecimal fundingFactor,
                       @Nullable BigDecimal allocation, @Nullable Integer reimbursementLagDays,
                       @Nullable BigDecimal startingCash, @Nullable BigDecimal budgetPerWave,
                       @Nullable String waveLength, @Nullable LocalDate planningStart, @Nullable LocalDate deadline,
                       @Nullable Integer leadTimeDays, @Nullable Integer crews, @Nullable Integer sitesPerCrewPerWave) {

    public static final Settings NONE = new Settings(null, null, null, null, null, null, null, null, null, null, null,
            null, null);
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    public static final Duration LONGEST_TIME_LIMIT = Duration.ofHours(2);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|h)?");

    /** The programme settings as overrides of the Program sheet; 422 naming the first that cannot be used. */
    public ProgramTerms.Overrides overrides() {
        BigDecimal factor = fundingFactor;
        if (factor != null) {
            if (factor.compareTo(BigDecimal.ONE) > 0) {
                factor = factor.movePointLeft(2);
            }
            if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidSettingsException("fundingFactor must lie above 0 and at most 1 (or 100 per cent);"
                        + " found " + fundingFactor.toPlainString() + ".");
            }
        }
        notNegative("allocation", allocation);
        notNegative("startingCash", startingCash);
        notNegative("budgetPerWave", budgetPerWave);
        atLeast("crews", crews, 1);
        atLeast("sitesPerCrewPerWave", sitesPerCrewPerWave, 1);
        atLeast("reimbursementLagDays", reimbursementLagDays, 0);
        atLeast("leadTimeDays", leadTimeDays, 0);
        if (waveLength != null && !waveLength.strip().toLowerCase(Locale.ROOT).matches("month|quarter")) {
            throw new InvalidSettingsException("waveLength must be month or quarter; found '" + waveLength + "'.");
        }
        return new ProgramTerms.Overrides(factor, allocation, reimbursementLagDays, startingCash, budgetPerWave,
                waveLength == null ? null : waveLength.strip().toLowerCase(Locale.ROOT), planningStart, deadline,
                leadTimeDays, crews, sitesPerCrewPerWave);
    }

    /** The solve's time limit: a duration such as 30s, 2m, 1h or 500ms; a bare number is seconds. */
    public Duration solveTimeLimit() {
        if (timeLimit == null || timeLimit.isBlank()) {
            return DEFAULT_TIME_LIMIT;
        }
        Matcher m = DURATION.matcher(timeLimit.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidSettingsException("timeLimit must be a duration such as 30s or 2m; found '" + timeLimit
                    + "'.");
        }
        long n = Long.parseLong(m.group(1));
        Duration limit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (limit.isZero() || limit.compareTo(LONGEST_TIME_LIMIT) > 0) {
            throw new InvalidSettingsException("timeLimit must lie above 0 and at most 2h; found '" + timeLimit + "'.");
        }
        return limit;
    }

    public long solveSeed() {
        return seed == null ? 1L : seed;
    }

    private static void notNegative(String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidSettingsException(name + " cannot be negative; found " + value.toPlainString() + ".");
        }
    }

    private static void atLeast(String name, Integer value, int least) {
        if (value != null && value < least) {
            throw new InvalidSettingsException(name + " must be at least " + least + "; found " + value + ".");
        }
    }
}
