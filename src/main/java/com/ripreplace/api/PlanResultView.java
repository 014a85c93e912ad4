package com.ripreplace.api;

import com.ripreplace.planning.BrokenRule;
import com.ripreplace.planning.Extension;
import com.ripreplace.planning.PlanOutcome;
import com.ripreplace.planning.ScheduledSite;
import com.ripreplace.service.PlanResults;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A finished plan's result as the API shows it (the one place a {@link PlanOutcome} becomes JSON): whether every
 * rule holds, when the work ends and the extension it needs, the money, and the broken rules in words. Money in
 * dollars, dates ISO.
 *
 * @param lastFinish       the day the last site finishes (null when nothing needs replacing)
 * @param extensionMonths  whole months beyond the deadline in force (0 when on time)
 * @param brokenRules      the broken rules, worst first, at most {@value #SHOWN_RULES} (the workbook has all)
 * @param brokenRuleCount  how many rules are broken in all
 * @param extensionReasons why a late plan ends where it does: the what-if drivers, the proven bound, each rule's figures
 * @param cash             the lowest balance, the financing needed and, when cash binds, the bridge financing
 * @param whatIfs          a late plan made again with one rule relaxed at a time
 * @param notes            what a reviewer should know that breaks no rule
 */
@Serdeable
public record PlanResultView(boolean feasible, boolean onTime, LocalDate lastFinish, int extensionMonths,
                             BigDecimal totalCost, BigDecimal reimbursable, BigDecimal carrierPaid,
                             BigDecimal lowestCashBalance, List<RuleView> brokenRules, int brokenRuleCount,
                             int sites, String score, LocalDate deadline, List<String> extensionReasons,
                             CashView cash, List<WhatIfView> whatIfs, List<String> notes, List<WaveView> waves) {

    /** One wave as the timeline and the cash chart draw it: when, how many sites, and the money of that wave. */
    @Serdeable
    public record WaveView(int wave, LocalDate start, LocalDate end, int sites, BigDecimal spend, BigDecimal received,
                           BigDecimal cumulativeSpend, BigDecimal cumulativeReceived, BigDecimal cashBalance) {
        static WaveView of(com.ripreplace.cost.WaveCashFlow w) {
            return new WaveView(com.ripreplace.cost.Numbering.wave(w.wave()), w.start(), w.end(), w.sites(),
                    w.spend().amount(), w.received().amount(), w.cumulativeSpend().amount(),
                    w.cumulativeReceived().amount(), w.cashBalance().amount());
        }
    }

    static final int SHOWN_RULES = 200;

    @Serdeable
    public record RuleView(String rule, String level, String description) {
        static RuleView of(BrokenRule b) {
            return new RuleView(b.rule(), b.level().word(), b.description());
        }
    }

    /** The money answer: lowest balance, financing needed, and the bridge financing to finish on time when it applies. */
    @Serdeable
    public record CashView(boolean startingCashGiven, BigDecimal lowestBalance, int lowestWave, LocalDate lowestOn,
                           BigDecimal financingNeeded, boolean shortfallUnavoidable, BridgeView bridge,
                           List<String> sentences) {
        static CashView of(com.ripreplace.planning.CashAnswer cash) {
            return new CashView(cash.startingCashGiven(), cash.lowestBalance().amount(), cash.lowestWave(),
                    cash.lowestOn(), cash.financingNeeded().amount(), cash.shortfallUnavoidable(),
                    cash.bridge().map(b -> new BridgeView(b.amount().amount(), b.wave(), b.reachedOn(), b.lastFinish(),
                            b.onTime())).orElse(null), cash.sentences());
        }
    }

    @Serdeable
    public record BridgeView(BigDecimal amount, int wave, LocalDate reachedOn, LocalDate lastFinish, boolean onTime) {
    }

    @Serdeable
    public record WhatIfView(String relaxation, LocalDate lastFinish, long daysBeyond, long daysGained, boolean onTime,
                             String sentence) {
        static WhatIfView of(com.ripreplace.planning.WhatIf w) {
            return new WhatIfView(w.relaxation(), w.lastFinish(), w.daysBeyond(), w.daysGained(), w.onTime(), w.sentence());
        }
    }

    public static PlanResultView of(PlanOutcome plan) {
        return new PlanResultView(plan.feasible(), plan.onTime(),
                plan.schedule().stream().map(ScheduledSite::finish).max(LocalDate::compareTo).orElse(null),
                plan.extension().map(Extension::monthsBeyond).orElse(0), plan.estimate().total().amount(),
                plan.estimate().reimbursable().amount(), plan.estimate().carrierPaid().amount(),
                plan.cash().lowestBalance().amount(),
                plan.brokenRules().stream().limit(SHOWN_RULES).map(RuleView::of).toList(), plan.brokenRules().size(),
                plan.schedule().size(), plan.score(), plan.terms().deadlineInForce().orElse(null),
                plan.extension().map(Extension::bindingRules).orElse(List.of()), CashView.of(plan.cash()),
                plan.whatIfs().stream().map(WhatIfView::of).toList(), plan.notes(),
                plan.waves().stream().map(WaveView::of).toList());
    }

    /** Keeps a plan's result with the plan, as this view's JSON. */
    @Singleton
    static class Json implements PlanResults {
        private final JsonMapper mapper;

        Json(JsonMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public String json(PlanOutcome outcome) {
            try {
                return mapper.writeValueAsString(of(outcome));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
