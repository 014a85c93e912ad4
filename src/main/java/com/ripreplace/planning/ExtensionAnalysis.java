package com.ripreplace.planning;

import com.ripreplace.cost.CostEstimate;
import com.ripreplace.cost.Money;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.cost.WaveCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a plan ends past the deadline: how long an extension it needs, which sites drive it, and which
 * rules keep the work from finishing in time, each with the figures that show it (the justification an
 * extension request needs). Each rule is tested on its own, as a lower bound on the finish.
 */
public final class ExtensionAnalysis {

    private ExtensionAnalysis() {
    }

    public static Optional<Extension> of(ReplacementPlan solved, List<ScheduledSite> schedule, ProgramTerms terms,
                                         CostEstimate estimate, List<WhatIf> whatIfs, java.util.OptionalInt bound) {
        Optional<LocalDate> deadline = terms.deadlineInForce();
        if (deadline.isEmpty() || schedule.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastFinish = schedule.stream().map(ScheduledSite::finish).max(LocalDate::compareTo).orElseThrow();
        if (!lastFinish.isAfter(deadline.get())) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(deadline.get(), lastFinish);
        int months = (int) ChronoUnit.MONTHS.between(deadline.get(), lastFinish);
        if (deadline.get().plusMonths(months).isBefore(lastFinish)) {
            months++;
        }
        List<String> driving = schedule.stream().filter(ScheduledSite::late)
                .sorted(Comparator.comparing(ScheduledSite::finish).reversed().thenComparing(ScheduledSite::siteId))
                .map(ScheduledSite::siteId).toList();
        List<String> why = new ArrayList<>(drivers(whatIfs));
        bound.ifPresent(b -> why.add(boundSentence(b, solved, terms, lastFinish)));
        why.addAll(bindingRules(solved, terms, estimate, deadline.get()));
        return Optional.of(new Extension(deadline.get(), lastFinish, days, months, driving, why));
    }

    /** What the what-if table says drives the finish: the relaxations that bring it on time, else those that gain most. */
    static List<String> drivers(List<WhatIf> whatIfs) {
        List<String> why = new ArrayList<>();
        List<WhatIf> onTime = whatIfs.stream().filter(WhatIf::onTime).toList();
        if (!onTime.isEmpty()) {
            for (WhatIf w : onTime) {
                why.add("What-if: " + w.sentence());
            }
            return why;
        }
        List<WhatIf> gaining = whatIfs.stream().filter(w -> w.daysGained() > 0)
                .sorted(Comparator.comparingLong(WhatIf::daysGained).reversed()).toList();
        if (!gaining.isEmpty()) {
            why.add("No one rule relaxed alone brings the finish inside the deadline; these bring it closest:");
            gaining.forEach(w -> why.add("What-if: " + w.sentence()));
        }
        return why;
    }

    /** How the plan's finish compares with the earliest the physical rules and the budget allow. */
    static String boundSentence(int boundWave, ReplacementPlan solved, ProgramTerms terms, LocalDate lastFinish) {
        LocalDate earliest = terms.calendar().end(boundWave);
        String rules = "crews, access windows, lead times, dependency chains"
                + (solved.getLimits().budgetPerWaveCents().isPresent() ? " and the budget per "
                + terms.waveLength().name().toLowerCase(Locale.ROOT) : "");
        if (!lastFinish.isAfter(earliest)) {
            return "Least possible: no plan that keeps the " + rules + " finishes before " + earliest
                    + " (a proven bound), so this extension is the shortest the rules allow.";
        }
        String rest = solved.getLimits().cash().isPresent() && solved.getLimits().cashRule() == PlanLimits.CashRule.WITHIN_CASH
                ? "; the rest of the delay is the time the cash takes to come back" : "";
        return "The " + rules + " alone allow a finish on " + earliest + " (a proven bound)" + rest + ".";
    }

    /** Why a site can never be worked in this plan's waves, naming it. */
    static String neverOpen(SiteJob job, ProgramTerms terms) {
        String unit = terms.waveLength().name().toLowerCase(Locale.ROOT);
        if (job.monthsOpen() < 12) {
            String months = job.openMonths().stream().sorted().map(m -> java.time.Month.of(m)
                    .getDisplayName(java.time.format.TextStyle.SHORT, Locale.US)).reduce((a, b) -> a + ", " + b).orElse("no month");
            return "Site " + job.getSiteId() + " can never be worked: its access months (" + months + ") never hold a"
                    + " whole " + unit + " after its earliest start, so it breaks its access window wherever it is placed.";
        }
        return "Site " + job.getSiteId() + " can never be worked within the plan's waves: it waits behind a site that"
                + " can never be worked, or for a date past them.";
    }

    private static List<String> bindingRules(ReplacementPlan plan, ProgramTerms terms, CostEstimate estimate,
                                             LocalDate deadline) {
        WaveCalendar calendar = terms.calendar();
        String unit = terms.waveLength().name().toLowerCase(Locale.ROOT);
        int onTimeWaves = plan.getLimits().lastOnTimeWave() + 1;
        List<SiteJob> jobs = plan.getJobs();
        List<String> rules = new ArrayList<>();
        int firstWave = jobs.stream().mapToInt(SiteJob::getEarliestWave).min().orElse(0);
        int capacity = terms.crews() * terms.sitesPerCrewPerWave();
        int crewWaves = (jobs.size() + capacity - 1) / capacity;
        int crewLast = firstWave + crewWaves - 1;
        if (crewLast >= onTimeWaves) {
            rules.add(String.format(Locale.US, "Crews: %d sites at %d crew%s × %d sites per %s need at least %d %ss"
                            + "%s, finishing %s at the earliest; the deadline of %s allows %d.", jobs.size(),
                    terms.crews(), terms.crews() == 1 ? "" : "s", terms.sitesPerCrewPerWave(), unit, crewWaves, unit,
                    firstWave > 0 ? " from " + calendar.start(firstWave) + " (the earliest equipment arrival)" : "",
                    calendar.end(crewLast), deadline, Math.max(0, onTimeWaves - firstWave)));
        }
        for (SiteJob job : jobs) {
            if (job.getEarliestWave() >= onTimeWaves) {
                rules.add("Lead time and earliest start: site " + job.getSiteId() + " cannot start before "
                        + calendar.start(job.getEarliestWave()) + ", after the deadline of " + deadline + ".");
                continue;
            }
            int open = job.getEarliestWave();
            while (open < plan.getWaves().size() && !job.allowedIn(open)) {
                open++;
            }
            if (open >= onTimeWaves) {
                rules.add("Access windows: site " + job.getSiteId() + " can be worked only in its access months; its"
                        + " first open " + unit + " after its earliest start begins " + calendar.start(open)
                        + ", after the deadline of " + deadline + ".");
            }
        }
        int chain = DependencyChains.longest(jobs, SiteJob::getDependsOn);
        if (firstWave + chain - 1 >= onTimeWaves) {
            rules.add(String.format(Locale.US, "Dependencies: the longest chain of sites that must follow one another"
                    + " has %d sites, so it needs %d %ss one after another, past the deadline of %s.", chain, chain,
                    unit, deadline));
        }
        terms.budgetPerWave().filter(b -> !b.isZero()).ifPresent(budget -> {
            int needed = estimate.total().amount().divide(budget.amount(), 0, java.math.RoundingMode.CEILING).intValue();
            if (firstWave + needed - 1 >= onTimeWaves) {
                rules.add(String.format(Locale.US, "Budget: the work costs %s and at most %s may be spent per %s, so it"
                        + " needs at least %d %ss; the deadline of %s allows %d.", estimate.total(), budget, unit, needed,
                        unit, deadline, Math.max(0, onTimeWaves - firstWave)));
            }
        });
        Money available = terms.startingCash().plus(estimate.reimbursable());
        if (terms.givenStartingCash().isPresent() && estimate.total().compareTo(available) > 0) {
            rules.add(String.format(Locale.US, "Cash: the work costs %s but starting cash of %s and reimbursements of %s"
                            + " come to %s, %s short, so the balance must fall below zero whatever the schedule.",
                    estimate.total(), terms.startingCash(), estimate.reimbursable(), available,
                    estimate.total().minus(available)));
        }
        return rules;
    }
}
