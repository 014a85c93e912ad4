package com.ripreplace.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The traits of a generated carrier that its spec does not state, all drawn from the seed: where
 * it operates, how much of its gear is covered, which vendors it favours and its program dates.
 *
 * @param spec                 what was asked for
 * @param states               states the carrier operates in (at least one mountainous)
 * @param coveredShare         chance that a line of gear is from a covered entity
 * @param seasonalShare        share of sites reachable only in summer
 * @param primaryCovered       the covered vendor most of its gear comes from (Huawei or ZTE)
 * @param preferredTrusted     the trusted RAN vendor its newer sites use
 * @param fundingFactor        share of eligible cost the program pays (1.0, or 0.395 for a pro-rated allocation)
 * @param frn                  FCC Registration Number, 10 digits
 * @param initialDisbursement  date of the first disbursement
 * @param extensionDeadline    the extended deadline, when one was granted
 * @param leadTimeDays         equipment lead time
 * @param reimbursementLagDays days from claim to payment
 * @param sitesPerCrewPerWave  sites one crew finishes in one wave
 * @param startingCashWaves    starting cash, in waves of budget
 */
record CarrierProfile(CarrierSpec spec, List<UsState> states, double coveredShare, double seasonalShare,
                      Vendor primaryCovered, Vendor preferredTrusted, double fundingFactor, String frn,
                      LocalDate initialDisbursement, Optional<LocalDate> extensionDeadline, int leadTimeDays,
                      int reimbursementLagDays, int sitesPerCrewPerWave, double startingCashWaves) {

    /** Equipment bought after this date is not reimbursable. */
    static final LocalDate REIMBURSABLE_CUTOFF = LocalDate.of(2020, 6, 30);
    /** Carriers up to this many sites plan in monthly waves, larger ones in quarters. */
    private static final int MONTHLY_WAVES_UP_TO_SITES = 300;
    private static final double PRO_RATED_FACTOR = 0.395;

    CarrierProfile {
        states = List.copyOf(states);
    }

    static CarrierProfile of(CarrierSpec spec) {
        SplittableRandom random = Seeds.stream(spec.seed(), 0x5EEDCA771E55L);
        List<UsState> states = pickStates(spec.sites(), random);
        double coveredShare = 0.42 + 0.26 * random.nextDouble();
        double seasonalShare = 0.17 + 0.06 * random.nextDouble();
        Vendor primaryCovered = random.nextDouble() < 0.65 ? Vendor.HUAWEI : Vendor.ZTE;
        Vendor[] trusted = {Vendor.ERICSSON, Vendor.NOKIA, Vendor.SAMSUNG};
        Vendor preferredTrusted = trusted[random.nextInt(trusted.length)];
        boolean proRated = random.nextDouble() < 0.35;
        double fundingFactor = proRated ? PRO_RATED_FACTOR : 1.0;
        String frn = String.format("00%08d", random.nextInt(100_000_000));
        // Pro-rated allocations were disbursed before the 2025 appropriation filled the shortfall.
        LocalDate initial = proRated
                ? LocalDate.of(2023, 3, 1).plusDays(random.nextInt(275))
                : LocalDate.of(2025, 7, 1).plusDays(random.nextInt(180));
        Optional<LocalDate> extension = random.nextDouble() < 0.4
                ? Optional.of(initial.plusYears(1).plusMonths(6))
                : Optional.empty();
        int[] leadTimes = {60, 90, 90, 120};
        int leadTime = leadTimes[random.nextInt(leadTimes.length)];
        int[] lags = {90, 120, 120, 150};
        int lag = lags[random.nextInt(lags.length)];
        int sitesPerCrew = spec.sites() <= MONTHLY_WAVES_UP_TO_SITES ? 3 + random.nextInt(2) : 10 + random.nextInt(4);
        double startingCashWaves = 0.6 + random.nextDouble();
        return new CarrierProfile(spec, states, coveredShare, seasonalShare, primaryCovered, preferredTrusted,
                fundingFactor, frn, initial, extension, leadTime, lag, sitesPerCrew, startingCashWaves);
    }

    /**
     * A small carrier in one state with a stated covered share and covered vendor, for the files
     * written in a carrier's own layout.
     */
    static CarrierProfile inOneState(CarrierSpec spec, UsState state, Vendor primaryCovered, double coveredShare) {
        return new CarrierProfile(spec, List.of(state), coveredShare, 0.25, primaryCovered, Vendor.ERICSSON, 1.0,
                "0000000000", LocalDate.of(2024, 4, 1), Optional.empty(), 90, 120, 3, 1.0);
    }

    private static List<UsState> pickStates(int sites, SplittableRandom random) {
        int wanted = sites <= 60 ? 2 : sites <= 400 ? 2 + random.nextInt(2) : 3 + random.nextInt(2);
        UsState[] all = UsState.values();
        List<UsState> chosen = new ArrayList<>();
        chosen.add(all[random.nextInt(all.length)]);
        while (chosen.size() < wanted) {
            List<UsState> frontier = new ArrayList<>();
            for (UsState state : chosen) {
                for (UsState neighbour : state.neighbours()) {
                    if (!chosen.contains(neighbour) && !frontier.contains(neighbour)) {
                        frontier.add(neighbour);
                    }
                }
            }
            if (frontier.isEmpty()) {
                break;
            }
            chosen.add(frontier.get(random.nextInt(frontier.size())));
        }
        if (chosen.stream().noneMatch(UsState::mountainous)) {
            chosen.stream().flatMap(s -> s.neighbours().stream()).filter(UsState::mountainous).findFirst()
                    .ifPresent(chosen::add);
        }
        return chosen;
    }

    LocalDate deadline() {
        return initialDisbursement.plusYears(1);
    }

    /**
     * Work starts on the first of the month after the first disbursement; carriers planning in quarters
     * start on the next calendar quarter, so quarterly waves line up with the summer access windows.
     */
    LocalDate planningStart() {
        LocalDate next = initialDisbursement.withDayOfMonth(1).plusMonths(1);
        if (monthlyWaves()) {
            return next;
        }
        int offset = (3 - (next.getMonthValue() - 1) % 3) % 3;
        return next.plusMonths(offset);
    }

    /** The date inventories are "as of": the last day of the month before the first disbursement. */
    LocalDate inventoryAsOf() {
        return initialDisbursement.withDayOfMonth(1).minusDays(1);
    }

    boolean monthlyWaves() {
        return spec.sites() <= MONTHLY_WAVES_UP_TO_SITES;
    }

    String waveLength() {
        return monthlyWaves() ? "month" : "quarter";
    }

    /** The deadline in force: the extension where one was granted, else the base deadline. */
    LocalDate deadlineInForce() {
        return extensionDeadline.orElse(deadline());
    }

    /** Whole waves between the end of the first lead time and the deadline in force (at least one). */
    int usableWaves() {
        LocalDate firstWork = planningStart().plusDays(leadTimeDays);
        long days = ChronoUnit.DAYS.between(firstWork, deadlineInForce());
        double waveDays = monthlyWaves() ? 30.44 : 91.31;
        return (int) Math.max(1, Math.floor(days / waveDays));
    }
}
