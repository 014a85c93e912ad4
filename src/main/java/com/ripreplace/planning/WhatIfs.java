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
        PlanLimits limits = solved.getLimits();
        PlanSolver brief = solver.brief(briefLimit(solver.timeLimit()));
        String unit = terms.waveLength().name().toLowerCase(Locale.ROOT);
        List<WhatIf> table = new ArrayList<>();
        List<SiteJob> late = solved.getJobs().stream()
                .filter(j -> terms.calendar().end(j.getWave()).isAfter(terms.deadlineInForce().orElseThrow())).toList();
        table.add(relax(solved, "One more crew", String.format(Locale.US, "%d crews instead of %d, %d sites each per %s",
                        limits.crews() + 1, limits.crews(), limits.sitesPerCrewPerWave(), unit),
                limitsWithCrews(limits, limits.crews() + 1), UnaryOperator.identity(), brief, terms, planFinish, onProgress));
        long seasonal = late.stream().filter(j -> j.monthsOpen() < 12).count();
        table.add(relax(solved, "Access windows lifted", seasonal == 0 ? "no site that finishes late is seasonal"
                        : String.format(Locale.US, "%d of the %d sites that finish late can be worked only in %s", seasonal,
                        late.size(), months(late)), limits, SiteJob::withAccessLifted, brief, terms, planFinish, onProgress));
        limits.budgetPerWaveCents().ifPresent(budget -> table.add(relax(solved, "No budget limit",
                "today at most " + Money.ofCents(budget) + " per " + unit,
                new PlanLimits(limits.crews(), limits.sitesPerCrewPerWave(), OptionalLong.empty(), limits.cash(),
                        limits.cashRule(), limits.lastOnTimeWave()), UnaryOperator.identity(), brief, terms, planFinish,
                onProgress)));
        if (limits.cash().isPresent()) {
            table.add(relax(solved, "Unlimited cash", String.format(Locale.US,
                            "today starting cash of %s, claims paid %d day%s after each %s", terms.startingCash(),
                            terms.reimbursementLagDays(), terms.reimbursementLagDays() == 1 ? "" : "s", unit),
                    new PlanLimits(limits.crews(), limits.sitesPerCrewPerWave(), limits.budgetPerWaveCents(),
                            java.util.Optional.empty(), limits.cashRule(), limits.lastOnTimeWave()),
                    UnaryOperator.identity(), brief, terms, planFinish, onProgress));
        }
        if (solved.getJobs().stream().anyMatch(j -> j.getEarliestWave() > j.getOwnEarliestWave())) {
            int longest = terms.leadTimeDays().orElse(-1);
            table.add(relax(solved, "Lead times removed", longest >= 0
                            ? "today every site waits " + longest + " days for its equipment"
                            : "today each site waits for its equipment as the cost catalog's lead times say",
                    limits, j -> j.withEarliestWave(j.getOwnEarliestWave()), brief, terms, planFinish, onProgress));
        }
        return table;
    }

    private static Duration briefLimit(Duration full) {
        long millis = Math.max(1_000, Math.min(5_000, full.toMillis() / 10));
        return Duration.ofMillis(millis);
    }

    private static PlanLimits limitsWithCrews(PlanLimits limits, int crews) {
        return new PlanLimits(crews, limits.sitesPerCrewPerWave(), limits.budgetPerWaveCents(), limits.cash(),
                limits.cashRule(), limits.lastOnTimeWave());
    }

    private static WhatIf relax(ReplacementPlan solved, String relaxation, String detail, PlanLimits limits,
                                UnaryOperator<SiteJob> change, PlanSolver brief, ProgramTerms terms, LocalDate planFinish,
                                Consumer<SolveProgress> onProgress) {
        ReplacementPlan relaxed = brief.solve(solved.copy(limits, job -> change.apply(job.withEarliestWave(job.getEarliestWave())
                .withOwnEarliestWave(job.getOwnEarliestWave()))), "What-if: " + relaxation.toLowerCase(Locale.ROOT),
                onProgress);
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
        String sentence = String.format(Locale.US, "%s (%s): the last site would finish %s, %s, %s.", relaxation, detail,
                finish, gain, verdict);
        return new WhatIf(relaxation, finish, beyond, gained, onTime, sentence);
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
