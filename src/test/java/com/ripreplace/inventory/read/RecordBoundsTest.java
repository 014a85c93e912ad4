package com.ripreplace.inventory.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A CSV record wider than the column limit is refused while it arrives, before the parser builds it. */
class RecordBoundsTest {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();

    private static List<List<String>> parse(Reader text, int maxColumns) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new RecordBounds(text, "gear.csv", ',', maxColumns))
                .setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    /** A line that never ends: "7,7,7,…". Were the record built before it is checked, this would never finish. */
    private static Reader anEndlessLine() {
        return new Reader() {
            private long given;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = given++ % 2 == 0 ? '7' : ',';
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void refusesAnEndlessLineOfValuesBeforeTheRecordIsBuilt() {
        assertThatThrownBy(() -> parse(anEndlessLine(), 256)).isInstanceOfSatisfying(SheetReadException.class, e -> {
            assertThat(e.problem().file()).isEqualTo("gear.csv");
            assertThat(e.problem().row()).isEqualTo(1);
            assertThat(e.problem().column()).isEqualTo("IW");
            assertThat(e.problem().message()).isEqualTo("Row 1 has a value in column IW (column 257); at most 256"
                    + " columns are read, so the row is refused before it is read whole. Check the delimiter, delete"
                    + " the stray columns or raise the limit ripreplace.limits.max-columns.");
        });
    }

    @Test
    void namesTheRecordCountingQuotedLineBreaksAsPartOfTheirField() {
        String text = "a,b\r\n\"one\nfield, with a comma\",\"say \"\"hi\"\"\"\n\nx,y,z\n";
        assertThatThrownBy(() -> parse(new StringReader(text), 2)).isInstanceOfSatisfying(SheetReadException.class,
                e -> {
                    assertThat(e.problem().row()).isEqualTo(4);
                    assertThat(e.problem().column()).isEqualTo("C");
                });
    }

    @Test
    void readsWhatTheParserReadsWhenEveryRecordFits() throws IOException {
        String text = "a,b\r\n\"one\nfield, with a comma\",\"say \"\"hi\"\"\"\n\n  x , y \n";
        assertThat(parse(new StringReader(text), 2)).containsExactly(List.of("a", "b"),
                List.of("one\nfield, with a comma", "say \"hi\""), List.of(""), List.of("x", "y"));
    }

    @Test
    void letsEmptyFieldsPastTheLimitPassAsPaddedExportsWriteThem() throws IOException {
        String padded = "S1,Huawei" + ",".repeat(300) + "\n";
        assertThat(parse(new StringReader(padded), 256).get(0)).hasSize(302);

        String farTooMany = "S1,Huawei" + ",".repeat(5000) + "\n";
        assertThatThrownBy(() -> parse(new StringReader(farTooMany), 256)).isInstanceOfSatisfying(
                SheetReadException.class, e -> assertThat(e.problem().message())
                        .startsWith("Row 1 has more than 4,096 fields; at most 256 columns are read"));
    }

    @Test
    void refusesAFieldLongerThanASpreadsheetCellCanHold() {
        String unclosed = "Site ID,Notes\nS1,\"" + "x".repeat(40_000) + "\n";
        assertThatThrownBy(() -> parse(new StringReader(unclosed), 256)).isInstanceOfSatisfying(
                SheetReadException.class, e -> {
                    assertThat(e.problem().row()).isEqualTo(2);
                    assertThat(e.problem().column()).isEqualTo("B");
                    assertThat(e.problem().message()).contains("longer than 32,767 characters");
                });
    }
}
