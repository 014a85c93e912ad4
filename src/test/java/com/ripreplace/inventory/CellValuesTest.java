package com.ripreplace.inventory;

import com.ripreplace.inventory.read.CellKind;
import com.ripreplace.inventory.read.RawCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTest {

    private static RawCell text(String value) {
        return new RawCell(0, CellKind.TEXT, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Parsed<T> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Value.class);
        return ((Parsed.Value<T>) parsed).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "44.52|44.52", "-44.7|-44.7", "44°31'12\"N|44.52", "44 31 12 N|44.52", "N44°31'12\"|44.52",
            "44º31'12\"N|44.52", "44:31:12|44.52", "44d31m12s|44.52", "44° 31.2' N|44.52", "44.52S|-44.52"})
    void readsLatitudesInDecimalAndSexagesimalForms(String written, double expected) {
        assertThat(value(CellValues.coordinate(text(written), "Latitude", 90))).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(0.00001));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"104°42'05\"W|-104.701389", "104.5 W|-104.5", "-104.5|-104.5"})
    void readsWesternLongitudesAsNegative(String written, double expected) {
        assertThat(value(CellValues.coordinate(text(written), "Longitude", 180))).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(0.00001));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"91", "44°61'00\"N", "north", "44.5E", "12°30'W"})
    void refusesLatitudesThatCannotBe(String written) {
        assertThat(CellValues.coordinate(text(written), "Latitude", 90)).isInstanceOf(Parsed.Invalid.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "May-Oct|5,6,7,8,9,10", "Jun, Jul, Aug|6,7,8", "5-10|5,6,7,8,9,10", "Nov-Feb|1,2,11,12",
            "June through September|6,7,8,9", "Jun–Sep|6,7,8,9", "6;7;8|6,7,8", "May - October|5,6,7,8,9,10",
            "year round|1,2,3,4,5,6,7,8,9,10,11,12", "All|1,2,3,4,5,6,7,8,9,10,11,12"})
    void readsAccessMonthsAsCarriersWriteThem(String written, String expected) {
        List<Integer> months = Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
        assertThat(value(CellValues.months(text(written), "Access Months"))).isEqualTo(months);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"summer", "13-14", "May-Oct-Dec"})
    void refusesAccessMonthsItCannotRead(String written) {
        assertThat(CellValues.months(text(written), "Access Months")).isInstanceOf(Parsed.Invalid.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Y|true", "yes|true", "TRUE|true", "x|true", "1|true", "N|false", "no|false",
            "false|false", "0|false"})
    void readsFlags(String written, boolean expected) {
        assertThat(value(CellValues.flag(text(written), "Critical"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12500|12500", "$12,500.00|12500.00", " 1,234.56 |1234.56", "0|0", "849.5|849.5",
            ".5|0.5", "12.|12", "1.25E3|1250", "(0)|0"})
    void readsMoneyWrittenWithSymbolsAndSeparators(String written, String expected) {
        assertThat(value(CellValues.money(text(written), "Cost"))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "12.5.1", "twelve", "1.2.3", "."})
    void refusesMoneyItCannotRead(String written) {
        assertThat(CellValues.money(text(written), "Cost")).isEqualTo(Parsed.invalid("Cost must be an amount of money"
                + " of at least 0, such as 12500 or $12,500.00; found '" + written + "'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.395|0.395", "39.5%|0.395", "39.5|0.395", "1|1"})
    void readsFundingFactorsAsShares(String written, String expected) {
        assertThat(value(CellValues.fraction(text(written), "Funding Factor"))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"00e0fc123456|00:E0:FC:12:34:56", "00-E0-FC-12-34-56|00:E0:FC:12:34:56",
            "00e0.fc12.3456|00:E0:FC:12:34:56", "00:E0:FC:12:34:56|00:E0:FC:12:34:56", "00:e0:fc:12:34:56|00:E0:FC:12:34:56"})
    void normalisesMacAddresses(String written, String expected) {
        assertThat(value(CellValues.mac(text(written), "MAC"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:E0:FC:12:34", "00:E0:FC:12:34:56:78", "00:E0:FC:12:34:5G", "００e0fc123456", "n/a"})
    void refusesWhatIsNotAMacAddress(String written) {
        assertThat(CellValues.mac(text(written), "MAC")).isEqualTo(Parsed.invalid("MAC '" + written
                + "' is not a MAC address (12 hexadecimal digits such as 00:E0:FC:12:34:56); it was ignored"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2|2", "2.0|2", "007|7"})
    void readsWholeNumbersStoredAsText(String written, int expected) {
        assertThat(value(CellValues.wholeNumber(text(written), "Quantity", 1, "a whole number of at least 1")))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2.5", "three", "0", "-1"})
    void refusesQuantitiesThatAreNotWholeCounts(String written) {
        assertThat(CellValues.wholeNumber(text(written), "Quantity", 1, "a whole number of at least 1"))
                .isEqualTo(Parsed.invalid("Quantity must be a whole number of at least 1; found '" + written + "'"));
    }
}
