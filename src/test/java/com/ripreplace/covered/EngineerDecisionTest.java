package com.ripreplace.covered;

import static com.ripreplace.covered.Gear.aLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EngineerDecisionTest {

    private static CoveredGearMatcher matcher;

    @BeforeAll
    static void loadCatalogOnce() {
        matcher = new CoveredGearMatcher(CoveredCatalog.loadDefault());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "covered: Quidway is Huawei|CONFIRM_COVERED|Quidway is Huawei",
            "confirm|CONFIRM_COVERED|''",
            "Confirmed covered - nameplate says Huawei|CONFIRM_COVERED|nameplate says Huawei",
            "COVERED|CONFIRM_COVERED|''",
            "not covered - H3C lookalike|DISMISS|H3C lookalike",
            "Not-Covered: third-party optic|DISMISS|third-party optic",
            "dismiss: third-party optic|DISMISS|third-party optic",
            "dismissed|DISMISS|''",
            "replace: crew hotspots swapped for trusted ones|REPLACE|crew hotspots swapped for trusted ones",
            "Replace|REPLACE|''"})
    void readsTheOverrideCellsEngineersWrite(String cell, EngineerDecision.Decision decision, String reason) {
        assertThat(EngineerDecision.parse(cell)).contains(new EngineerDecision(decision, reason));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void readsABlankCellAsNoOverride(String cell) {
        assertThat(EngineerDecision.parse(cell)).isEmpty();
    }

    @Test
    void refusesAnUnreadableCellWithAMessageAFieldEngineerUnderstands() {
        assertThatThrownBy(() -> EngineerDecision.parse("maybe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Override must start with 'covered' or 'not covered' (or confirm/dismiss/replace); found 'maybe'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncovered", "coverage checked", "yes", "n/a"})
    void refusesCellsThatOnlyLookLikeAnOverride(String cell) {
        assertThatThrownBy(() -> EngineerDecision.parse(cell)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found '" + cell + "'");
    }

    @Test
    void confirmingALineTakesTheEntityFromTheEngineersWordsWhenTheMatcherFoundNone() {
        Finding finding = matcher.assess(aLine().vendor("").model("Old router").obtainedOn("2012-01-01").line(),
                EngineerDecision.parse("covered: Quidway is Huawei"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.confidence()).isEqualTo(1.0);
        assertThat(finding.needsReview()).isFalse();
        assertThat(finding.overridden()).isTrue();
        assertThat(finding.reimbursable()).isTrue();
        assertThat(finding.reason()).contains("The Vendor column is blank").contains("Overridden by engineer: Quidway is Huawei.");
    }

    @Test
    void confirmingKeepsTheMatchersEntityAndEvidence() {
        Finding finding = matcher.assess(aLine().vendor("Cisco").model("S5720-28X-SI-AC").line(), EngineerDecision.parse("confirm"));

        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.needsReview()).isFalse();
        assertThat(finding.reason()).contains("belongs to Huawei's S-series campus switch family")
                .contains("Overridden by engineer: confirmed covered (no reason given).")
                .doesNotContain("To settle this");
    }

    @Test
    void confirmedHuaweiGearIsStillReimbursableOnlyByItsPurchaseDate() {
        Optional<EngineerDecision> confirm = EngineerDecision.parse("covered: nameplate says Huawei");

        assertThat(matcher.assess(aLine().model("RRU3908").obtainedOn("2021-01-01").line(), confirm).reimbursable()).isFalse();
        Finding undated = matcher.assess(aLine().model("RRU3908").withoutPurchaseDate().line(), confirm);
        assertThat(undated.reimbursable()).isFalse();
        assertThat(undated.needsReview()).isTrue();
        assertThat(undated.reason()).contains("Purchase date is missing");
    }

    @Test
    void dismissingMakesALineNotCoveredAndNotReimbursable() {
        Finding finding = matcher.assess(aLine().vendor("Huawei").model("SFP-10G-LR").line(),
                EngineerDecision.parse("dismiss: third-party optic relabelled"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.entity()).isNull();
        assertThat(finding.confidence()).isEqualTo(1.0);
        assertThat(finding.reimbursable()).isFalse();
        assertThat(finding.overridden()).isTrue();
        assertThat(finding.reason()).startsWith("Vendor 'Huawei' names Huawei").endsWith("Overridden by engineer: third-party optic relabelled.");
    }

    @Test
    void confirmingALineWhoseEntityNobodyNamedAsksForTheEntity() {
        Finding finding = matcher.assess(aLine().vendor("Acme").line(), EngineerDecision.parse("covered"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isNull();
        assertThat(finding.reimbursable()).isFalse();
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason()).contains("name the covered entity in the Override column");
    }

    @Test
    void noOverrideLeavesTheMatchersVerdict() {
        GearLine line = aLine().vendor("Huawei").line();

        assertThat(matcher.assess(line, Optional.empty())).isEqualTo(matcher.assess(line));
    }

    @org.junit.jupiter.api.Test
    void replacesAConsumerRouterOnlyWhenTheEngineerSaysReplace() {
        GearLine router = aLine().vendor("TP-Link").model("Archer AX55").undated().line();

        Finding left = matcher.assess(router);
        Finding confirmed = matcher.assess(router, EngineerDecision.parse("confirm: router on the subscriber list"));
        Finding replaced = matcher.assess(router, EngineerDecision.parse("replace: swapping it for a trusted router"));
        Finding dismissed = matcher.assess(router, EngineerDecision.parse("not covered: made in the USA, label checked"));

        assertThat(left.covered()).isTrue();
        assertThat(left.mustReplace()).isFalse();
        assertThat(confirmed.mustReplace()).isFalse();
        assertThat(replaced.mustReplace()).isTrue();
        assertThat(replaced.entity()).isEqualTo("FOREIGN_CONSUMER_ROUTER");
        assertThat(replaced.reimbursable()).isFalse();
        assertThat(replaced.reason()).contains("Overridden by engineer, to be replaced: swapping it for a trusted router")
                .contains("an engineer decided to replace it, at the carrier's cost");
        assertThat(dismissed.covered()).isFalse();
        assertThat(dismissed.coveredCategory()).isNull();
    }

    @org.junit.jupiter.api.Test
    void replacingAnOldConsumerRouterMakesItGearToReplace() {
        GearLine router = aLine().vendor("Netgear").model("R7000").obtainedOn("2019-08-01").line();

        assertThat(matcher.assess(router).covered()).isFalse();
        Finding replaced = matcher.assess(router, EngineerDecision.parse("replace"));
        assertThat(replaced.covered()).isTrue();
        assertThat(replaced.mustReplace()).isTrue();
        assertThat(replaced.coveredCategory()).isEqualTo("FOREIGN_CONSUMER_ROUTER");
    }
}
