package com.ripreplace.workbook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Access months as a crew lead writes them. */
class AccessMonthsTest {

    @Test
    void aYearRoundSiteReadsAllYearWhetherItListsEveryMonthOrNone() {
        assertThat(AccessMonths.describe(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))).isEqualTo("All year");
        assertThat(AccessMonths.describe(List.of())).isEqualTo("All year");
    }

    @Test
    void aMountainSiteOpenInSummerReadsAsOneRange() {
        assertThat(AccessMonths.describe(List.of(5, 6, 7, 8, 9, 10))).isEqualTo("May-Oct");
    }

    @Test
    void aRangeMayRunOverTheNewYear() {
        assertThat(AccessMonths.describe(List.of(1, 2, 3, 11, 12))).isEqualTo("Nov-Mar");
    }

    @Test
    void separateRangesAndSingleMonthsAreListedInTurn() {
        assertThat(AccessMonths.describe(List.of(7, 1, 2, 3, 9))).isEqualTo("Jan-Mar, Jul, Sep");
        assertThat(AccessMonths.describe(List.of(8))).isEqualTo("Aug");
    }
}
