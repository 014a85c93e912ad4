package com.ripreplace.cost;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void roundsASharedAmountHalfToEvenOnce() {
        assertThat(Money.of("10.00").times(new BigDecimal("0.3945"))).isEqualTo(Money.of("3.94"));
        assertThat(Money.of("10.00").times(new BigDecimal("0.3955"))).isEqualTo(Money.of("3.96"));
        assertThat(Money.of("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.02"));
    }

    @Test
    void refusesFractionsOfACentUnlessAskedToRound() {
        assertThatThrownBy(() -> Money.of("1.005")).hasMessageContaining("fractions of a cent");
        assertThat(Money.rounded(new BigDecimal("1.005"))).isEqualTo(Money.of("1.00"));
    }

    @Test
    void printsAsDollars() {
        assertThat(Money.of("1234567.8")).hasToString("$1,234,567.80");
        assertThat(Money.of("-60000")).hasToString("-$60,000.00");
    }
}
