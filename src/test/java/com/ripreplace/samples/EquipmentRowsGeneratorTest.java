package com.ripreplace.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EquipmentRowsGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesAHundredThousandEquipmentRowsWithinFivePercentOfTheRequest() throws Exception {
        int requested = 100_000;
        Path file = dir.resolve("bench.xlsx");
        long start = System.nanoTime();
        GeneratedInventory written = EquipmentRowsGenerator.writeFlatXlsx(file, requested, 7L);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("writeFlatXlsx: %,d rows in %,d ms (%,d bytes)%n", written.items(), millis, Files.size(file));

        StreamedEquipmentSheet sheet = StreamedEquipmentSheet.read(file);
        assertThat(sheet.headers()).containsExactlyElementsOf(
                Arrays.stream(EquipmentColumn.values()).map(EquipmentColumn::header).toList());
        assertThat(sheet.rows()).isEqualTo(written.items()).isBetween(requested * 95 / 100, requested * 105 / 100);
        assertThat(sheet.duplicateSerials()).isZero();
        assertThat(sheet.sites()).isEqualTo(written.sites());
        assertThat(written.sites()).isBetween(requested / 15, requested / 5);
        assertThat((double) written.coveredItems() / written.items()).isBetween(0.35, 0.75);
    }

    @Test
    void writesTheSameRowsForTheSameSeed() throws Exception {
        GeneratedInventory first = EquipmentRowsGenerator.writeFlatXlsx(dir.resolve("a.xlsx"), 2_000, 99L);
        GeneratedInventory second = EquipmentRowsGenerator.writeFlatXlsx(dir.resolve("b.xlsx"), 2_000, 99L);
        try (InventoryWorkbook a = InventoryWorkbook.open(first.file());
             InventoryWorkbook b = InventoryWorkbook.open(second.file())) {
            assertThat(a.sheetNames()).containsExactly("Equipment");
            assertThat(b.allCellValues()).containsExactlyElementsOf(a.allCellValues());
        }
    }

    @Test
    void writesExactlyTheRowsAskedForEvenWhenFew() throws Exception {
        for (int rows : List.of(1, 7, 23)) {
            GeneratedInventory written = EquipmentRowsGenerator.writeFlatXlsx(dir.resolve("few-" + rows + ".xlsx"), rows, 3L);
            assertThat(StreamedEquipmentSheet.read(written.file()).rows()).isEqualTo(rows).isEqualTo(written.items());
        }
    }

    @Test
    void refusesARowCountThatNoSheetCanHold() {
        assertThatThrownBy(() -> EquipmentRowsGenerator.writeFlatXlsx(dir.resolve("none.xlsx"), 0, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EquipmentRowsGenerator.writeFlatXlsx(dir.resolve("huge.xlsx"), 2_000_000, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1048575");
    }
}
