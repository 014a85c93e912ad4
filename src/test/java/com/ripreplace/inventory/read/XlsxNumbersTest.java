package com.ripreplace.inventory.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as an .xlsx stores them read as Excel shows them: "44181.0" is 44181. */
class XlsxNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"44181.0|44181", "1.0|1", "10.0|10", "100.50|100.5", "-5.250|-5.25",
            "0.0|0", "-0.0|0", "0.5|0.5", "007.50|7.5", "1001|1001", "1.001E3|1001", "2.5e-1|0.25", "12.345|12.345",
            ".5|0.5", "5.|5"})
    void readsStoredNumbersAsExcelShowsThem(String stored, String shown) {
        assertThat(WorksheetRows.plainNumber(stored)).isEqualTo(shown);
    }
}
