package com.ripreplace.planning;

import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.WaveCalendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;

/**
 * The what-if table of a late plan: the plan made again, briefly, with one rule relaxed at a time (one more
 * crew, access windows lifted, no budget limit, unlimited cash, no equipment lead times), and where its last
 * site then finishes. What brings the finish inside the deadline is what drives the extension.
 */
final class WhatIfs {

    private WhatIfs() {
    }

    static List<WhatIf> of(ReplacementPlan solved, ProgramTerms terms, PlanSolver solver, LocalDate planFinish,
                           Consumer<SolveProgress> onProgress) {
        PlanSolver brief = solver.brief(briefLimit(solver.timeLimit()));
        List<Relaxation> relaxations = relaxations(solved, terms);
        List<WhatIf> table = new ArrayList<>();
        for (Relaxation relaxation : relaxations) {
            table.add(relax(solved, relaxation, brief, terms, planFinish, onProgress));
        }
        if (table.stream().noneMatch(WhatIf::onTime)) {
            List<Integer> gaining = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                if (table.get(i).daysGained() > 0) {
                    gaining.add(i);
                }
            }
            gaining.sort(java.util.Comparator.comparingLong((Integer i) -> table.get(i).daysGained()).reversed());
            if (gaining.size() >= 2) {
                Relaxation both = relaxations.get(gaining.get(0)).and(relaxations.get(gaining.get(1)));
                table.add(relax(solved, both, brief, terms, planFinish, onProgress));
            }
        }
        return table;
    }

    /** One rule relaxed: its name, its figures today, and how it changes the limits and the sites. */
    private record Relaxation(String name, String detail, UnaryOperator<PlanLimits> limits, UnaryOperator<SiteJob> site) {

        Relaxation and(Relaxation other) {
            return new Relaxation(name + " and " + other.name.substring(0, 1).toLowerCase(Locale.ROOT)
                    + other.name.substring(1), detail + "; " + other.detail,
                    l -> other.limits.apply(limits.apply(l)), j -> other.site.apply(site.apply(j)));
        }
    }

    private static List<Relaxation> relaxations(ReplacementPlan solved, ProgramTerms terms) {
        PlanLimits limits = solved.getLimits();
        String unit = terms.waveLength().name().toLowerCase(Locale.ROOT);
        List<SiteJob> late = solved.getJobs().stream()
                .filter(j -> terms.calendar().end(j.getWave()).isAfter(terms.deadlineInForce().orElseThrow())).toList();
        List<Relaxation> relaxations = new ArrayList<>();
        relaxations.add(new Relaxation("One more crew", String.format(Locale.US, "%d crews instead of %d, %d sites each"
                        + " per %s", limits.crews() + 1, limits.crews(), limits.sitesPerCrewPerWave(), unit),
                l -> new PlanLimits(l.crews() + 1, l.sitesPerCrewPerWave(), l.budgetPerWaveCents(), l.cash(),
                        l.cashRule(), l.lastOnTimeWave()), UnaryOperator.identity()));
        long seasonal = late.stream().filter(j -> j.monthsOpen() < 12).count();
        relaxations.add(new Relaxation("Access windows lifted", seasonal == 0
                ? "no site that finishes late is seasonal"
                : String.format(Locale.US, "%d of the %d sites that finish late can be worked only in %s", seasonal,
                late.size(), months(late)), UnaryOperator.identity(), SiteJob::withAccessLifted));
        limits.budgetPerWaveCents().ifPresent(budget -> relaxations.add(new Relaxation("No budget limit",
                "today at most " + Money.ofCents(budget) + " per " + unit,
                l -> new PlanLimits(l.crews(), l.sitesPerCrewPerWave(), OptionalLong.empty(), l.cash(), l.cashRule(),
                        l.lastOnTimeWave()), UnaryOperator.identity())));
        if (limits.cash().isPresent()) {
            relaxations.add(new Relaxation("Unlimited cash", String.format(Locale.US,
                    "today starting cash of %s, claims paid %d day%s after each %s", terms.startingCash(),
                    terms.reimbursementLagDays(), terms.reimbursementLagDays() == 1 ? "" : "s", unit),
                    l -> new PlanLimits(l.crews(), l.sitesPerCrewPerWave(), l.budgetPerWaveCents(),
                            java.util.Optional.empty(), l.cashRule(), l.lastOnTimeWave()), UnaryOperator.identity()));
        }
        if (solved.getJobs().stream().anyMatch(j -> j.getEarliestWave() > j.getOwnEarliestWave())) {
            int longest = terms.leadTimeDays().orElse(-1);
            relaxations.add(new Relaxation("Lead times removed", longest >= 0
                    ? "today every site waits " + longest + " days for its equipment"
                    : "today each site waits for its equipment as the cost catalog's lead times say",
                    UnaryOperator.identity(), j -> j.withEarliestWave(j.getOwnEarliestWave())));
        }
        return relaxations;
    }

    private static Duration briefLimit(Duration full) {
        long millis = Math.max(1_000, Math.min(5_000, full.toMillis() / 10));
        return Duration.ofMillis(millis);
    }

    private static WhatIf relax(ReplacementPlan solved, Relaxation relaxation, PlanSolver brief, ProgramTerms terms,
                                LocalDate planFinish, Consumer<SolveProgress> onProgress) {
        ReplacementPlan relaxed = brief.solve(solved.copy(relaxation.limits().apply(solved.getLimits()),
                        job -> relaxation.site().apply(job.copy())),
                "What-if: " + relaxation.name().toLowerCase(Locale.ROOT), onProgress);
        WaveCalendar calendar = terms.calendar();
        LocalDate finish = calendar.end(relaxed.getJobs().stream().mapToInt(SiteJob::getWave).max().orElse(0));
        LocalDate deadline = terms.deadlineInForce().orElseThrow();
        long beyond = Math.max(0, ChronoUnit.DAYS.between(deadline, finish));
        long gained = ChronoUnit.DAYS.between(finish, planFinish);
        boolean onTime = beyond == 0;
        String verdict = onTime ? "on time"
                : "still " + months(deadline, finish) + " after the deadline of " + deadline;
        String gain = gained > 0 ? months(finish, planFinish) + " earlier than this plan"
                : gained == 0 ? "no earlier than this plan" : months(planFinish, finish) + " later than this plan";
        String sentence = String.format(Locale.US, "%s (%s): the last site would finish %s, %s, %s.", relaxation.name(),
                relaxation.detail(), finish, gain, verdict);
        return new WhatIf(relaxation.name(), finish, beyond, gained, onTime, sentence);
    }

    /** "3 months" or "1 month", rounded up, between two dates. */
    static String months(LocalDate from, LocalDate to) {
        long months = ChronoUnit.MONTHS.between(from, to);
        if (from.plusMonths(months).isBefore(to)) {
            months++;
        }
        return months + (months == 1 ? " month" : " months");
    }

    private static String months(List<SiteJob> sites) {
        Set<Integer> common = new java.util.TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        sites.stream().filter(j -> j.monthsOpen() < 12).forEach(j -> common.retainAll(j.openMonths()));
        if (common.isEmpty()) {
            return "some months of the year";
        }
        return common.stream().map(m -> java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT, Locale.US))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
