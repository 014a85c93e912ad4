package com.ripreplace.workbook;

import com.ripreplace.inventory.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static com.ripreplace.workbook.APlan.aPlanOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The Import Notes sheet: every warning from reading the inventory, where a person finds it. */
class ImportNotesSheetTest {

    private static final String SHEET = "Import Notes";

    @TempDir
    Path dir;

    @Test
    void listsEveryWarningWithItsFileSheetRowAndColumn() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(aPlanOf(3).withImportNotes(
                new Problem("towers.xlsx", "Equipment", 14, "E", "Quantity", "Quantity 0 read as 1"),
                Problem.ofFile("legacy.csv", "Read as Windows-1252")).build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertThat(workbook.texts(SHEET, 0)).containsExactly("File", "Sheet", "Row", "Column", "Message");
            assertThat(workbook.texts(SHEET, 1)).containsExactly("towers.xlsx", "Equipment", "14", "E",
                    "Quantity 0 read as 1");
            assertThat(workbook.texts(SHEET, 2)).containsExactly("legacy.csv", "", "", "", "Read as Windows-1252");
            assertThat(workbook.cell(SHEET, 1, 2).getNumericCellValue()).isEqualTo(14);
            assertThat(workbook.workbook.getSheet(SHEET).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
        }
    }

    @Test
    void saysNoWarningsWhenReadingRaisedNone() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter().write(aPlanOf(3).withoutImportNotes().build(), out);

        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertThat(workbook.texts(SHEET, 1)).containsExactly("No warnings");
            assertThat(workbook.sheet(SHEET).getLastRowNum()).isEqualTo(1);
        }
    }
}
