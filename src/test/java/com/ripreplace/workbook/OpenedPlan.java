package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A written plan workbook opened the way a finance team's Excel would: every formula evaluated (POI's
 * evaluator standing in for Excel's recalculation on open), then read cell by cell.
 */
final class OpenedPlan implements AutoCloseable {

    final XSSFWorkbook workbook;
    final FormulaEvaluator evaluator;

    private OpenedPlan(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    /** Writes the plan with the product's writer into a new file in {@code dir} and opens it. */
    static OpenedPlan written(Path dir, PlanOutcome plan) throws IOException {
        Path out = Files.createTempFile(dir, "plan-", ".xlsx");
        new PlanWorkbookWriter().write(plan, out);
        return open(out);
    }

    static OpenedPlan open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            OpenedPlan plan = new OpenedPlan(new XSSFWorkbook(in));
            plan.evaluator.evaluateAll();
            return plan;
        }
    }

    /**
     * The value each formula cell of a written file carries as its cached result, read without evaluating:
     * what LibreOffice (which by default does not recalculate on open) and readers of values show.
     */
    static Map<String, Double> cachedFormulaValues(Path file) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            values.put(sheet.getSheetName() + "!" + cell.getAddress().formatAsString(),
                                    cell.getCachedFormulaResultType() == CellType.NUMERIC
                                            ? cell.getNumericCellValue() : Double.NaN);
                        }
                    }
                }
            }
        }
        return values;
    }

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("No sheet " + name);
        }
        return sheet;
    }

    /** The cell at a 0-based row and column, failing when it is not there. */
    Cell cell(String sheet, int row, int column) {
        Row r = sheet(sheet).getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            throw new AssertionError("No cell at " + sheet + " row " + (row + 1) + " column " + (column + 1));
        }
        return cell;
    }

    /** The texts of a row, up to its last cell. */
    List<String> texts(String sheet, int row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        Row r = sheet(sheet).getRow(row);
        for (int column = 0; column < r.getLastCellNum(); column++) {
            texts.add(formatter.formatCellValue(r.getCell(column), evaluator));
        }
        return texts;
    }

    /** The value cell (column B) of the first Summary row labelled so in column A. */
    Cell summaryValue(String label) {
        return cell("Summary", summaryRow(label), 1);
    }

    /** The 0-based index of the first Summary row labelled so in column A. */
    int summaryRow(String label) {
        for (Row row : sheet("Summary")) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No Summary row labelled " + label);
    }

    /** Every formula cell of the workbook, as "Sheet!A1". */
    List<String> formulaCells() {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress().formatAsString());
                    }
                }
            }
        }
        return cells;
    }

    /** The 0-based column of a header row's cell reading {@code header}. */
    int column(String sheet, int headerRow, String header) {
        Row row = sheet(sheet).getRow(headerRow);
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No header " + header + " on " + sheet + " row " + (headerRow + 1));
    }

    /** The 0-based index of the first row of a sheet whose first cell reads {@code label}. */
    int row(String sheet, String label) {
        for (Row row : sheet(sheet)) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No row of " + sheet + " labelled " + label);
    }

    /** A cell's number: its value, or its computed value when it is a formula. */
    double number(String sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        return cell.getCellType() == CellType.FORMULA ? evaluated(cell) : cell.getNumericCellValue();
    }

    /** Every string cell of the workbook reading exactly {@code text}. */
    List<Cell> stringCells(String text) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    /** A formula cell's value as Excel would compute it. */
    double evaluated(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            throw new AssertionError(cell.getAddress() + " on " + cell.getSheet().getSheetName() + " is not a formula");
        }
        return evaluator.evaluate(cell).getNumberValue();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
