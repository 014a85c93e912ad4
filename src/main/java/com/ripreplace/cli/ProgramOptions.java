package com.ripreplace.cli;

import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.ProgramTerms.Overrides;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/** Programme settings given on the command line; each overrides the inventory's Program sheet. */
public class ProgramOptions {

    @Option(names = "--funding-factor", paramLabel = "SHARE", description = "Share of eligible cost reimbursed (0.395 or 39.5%%). Default: Program sheet, else 1.")
    String fundingFactor;

    @Option(names = "--allocation", paramLabel = "DOLLARS", description = "Reimbursement allocation (cap). Default: Program sheet, else no cap.")
    BigDecimal allocation;

    @Option(names = "--reimbursement-lag-days", paramLabel = "DAYS", description = "Days from a claim to its payment. Default: Program sheet, else 180.")
    Integer reimbursementLagDays;

    @Option(names = "--starting-cash", paramLabel = "DOLLARS", description = "Cash at the planning start. Default: Program sheet, else 0.")
    BigDecimal startingCash;

    @Option(names = "--budget-per-wave", paramLabel = "DOLLARS", description = "Most that may be spent in one wave. Default: Program sheet, else no limit.")
    BigDecimal budgetPerWave;

    @Option(names = "--wave-length", paramLabel = "month|quarter", description = "Length of a wave. Default: Program sheet, else month.")
    String waveLength;

    @Option(names = "--planning-start", paramLabel = "YYYY-MM-DD", description = "First day of wave 1. Default: Program sheet, else the month after the initial disbursement.")
    LocalDate planningStart;

    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", description = "The deadline in force (overrides the Program sheet's deadline and extensions).")
    LocalDate deadline;

    @Option(names = "--lead-time-days", paramLabel = "DAYS", description = "One equipment lead time for every category. Default: Program sheet, else the cost catalog's.")
    Integer leadTimeDays;

    @Option(names = "--crews", paramLabel = "N", description = "Crews working in parallel. Default: Program sheet, else 2.")
    Integer crews;

    @Option(names = "--sites-per-crew-per-wave", paramLabel = "N", description = "Sites one crew finishes in a wave. Default: Program sheet, else 2.")
    Integer sitesPerCrewPerWave;

    @Option(names = "--cost-catalog", paramLabel = "FILE", description = "A cost catalog (YAML) replacing the built-in one (see docs/cost-model.md).")
    Path costCatalog;

    /** An inventory checked and ready to cost or plan, with the settings and the cost catalog in force. */
    record Prepared(com.ripreplace.check.CheckResult result, ProgramTerms terms,
                    com.ripreplace.cost.CostCatalog catalog) {
    }

    /**
     * Reads the settings and the cost catalog, then checks the files; empty (after printing why to the
     * terminal) when any of them cannot be used.
     */
    java.util.Optional<Prepared> prepare(java.util.List<Path> files, com.ripreplace.check.InventoryCheck check,
                                         java.io.PrintStream out) {
        Overrides overrides;
        com.ripreplace.cost.CostCatalog catalog;
        try {
            overrides = overrides();
            catalog = costCatalog == null ? com.ripreplace.cost.CostCatalog.loadDefault()
                    : com.ripreplace.cost.CostCatalog.load(costCatalog);
        } catch (IllegalArgumentException | com.ripreplace.cost.CostCatalogException e) {
            System.err.println(e.getMessage());
            return java.util.Optional.empty();
        }
        com.ripreplace.check.CheckResult result = check.run(files.stream()
                .map(p -> new com.ripreplace.inventory.InventoryReader.InputFile(p, p.toString())).toList());
        if (!result.usable()) {
            CheckCommand.printText(result, out);
            return java.util.Optional.empty();
        }
        ProgramTerms terms = ProgramTerms.resolve(result.inventory().program(), overrides, LocalDate.now());
        return java.util.Optional.of(new Prepared(result, terms, catalog));
    }

    /** The overrides, or a message naming the option that cannot be used. */
    Overrides overrides() {
        BigDecimal factor = null;
        if (fundingFactor != null) {
            String text = fundingFactor.strip();
            boolean percent = text.endsWith("%");
            try {
                factor = new BigDecimal(percent ? text.substring(0, text.length() - 1) : text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--funding-factor must be a share such as 0.395 or 39.5%; found '" + text + "'");
            }
            if (percent || factor.compareTo(BigDecimal.ONE) > 0) {
                factor = factor.movePointLeft(2);
            }
            if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("--funding-factor must lie above 0 and at most 1 (or 100%); found '" + text + "'");
            }
        }
        requireNotNegative("--allocation", allocation);
        requireNotNegative("--starting-cash", startingCash);
        requireNotNegative("--budget-per-wave", budgetPerWave);
        requirePositive("--crews", crews);
        requirePositive("--sites-per-crew-per-wave", sitesPerCrewPerWave);
        if (reimbursementLagDays != null && reimbursementLagDays < 0) {
            throw new IllegalArgumentException("--reimbursement-lag-days cannot be negative");
        }
        if (leadTimeDays != null && leadTimeDays < 0) {
            throw new IllegalArgumentException("--lead-time-days cannot be negative");
        }
        if (waveLength != null && !waveLength.strip().toLowerCase(java.util.Locale.ROOT).matches("month|quarter")) {
            throw new IllegalArgumentException("--wave-length must be month or quarter; found '" + waveLength + "'");
        }
        return new Overrides(factor, allocation, reimbursementLagDays, startingCash, budgetPerWave, waveLength,
                planningStart, deadline, leadTimeDays, crews, sitesPerCrewPerWave);
    }

    private static void requireNotNegative(String option, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(option + " cannot be negative");
        }
    }

    private static void requirePositive(String option, Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
    }
}
