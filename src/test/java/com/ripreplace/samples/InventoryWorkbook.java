package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated workbook as a reader sees it: each sheet's header row (found below any title rows)
 * and the rows beneath it as header-to-value maps. Values are Strings, Doubles, or LocalDates for
 * date-formatted numbers; blank cells are absent. Loads the whole workbook, so it is for the
 * sample sizes, not the 100,000-row benchmark.
 */
final class InventoryWorkbook implements AutoCloseable {

    private final Workbook workbook;

    private InventoryWorkbook(Workbook workbook) {
        this.workbook = workbook;
    }

    static InventoryWorkbook open(Path file) throws IOException {
        return new InventoryWorkbook(WorkbookFactory.create(file.toFile(), null, true));
    }

    Workbook poi() {
        return workbook;
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The rows below the header whose first cell is {@code firstHeader}, keyed by header. */
    List<Map<String, Object>> rows(String sheetName, String firstHeader) {
        Sheet sheet = sheet(sheetName);
        int headerIndex = headerRowIndex(sheetName, firstHeader);
        List<String> headers = headers(sheetName, firstHeader);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                int column = c;
                value(row.getCell(c)).ifPresent(v -> values.put(headers.get(column), v));
            }
            if (!values.isEmpty()) {
                rows.add(values);
            }
        }
        return rows;
    }

    List<String> headers(String sheetName, String firstHeader) {
        Row header = sheet(sheetName).getRow(headerRowIndex(sheetName, firstHeader));
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
            headers.add(header.getCell(c).getStringCellValue());
        }
        return headers;
    }

    /** 0-based index of the header row. */
    int headerRowIndex(String sheetName, String firstHeader) {
        Sheet sheet = sheet(sheetName);
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(firstHeader)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No header row starting with " + firstHeader + " on " + sheetName);
    }

    /** Program sheet: key to value. */
    Map<String, Object> program() {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(ProgramKey.SHEET, ProgramKey.KEY_HEADER)) {
            settings.put((String) row.get(ProgramKey.KEY_HEADER), row.get(ProgramKey.VALUE_HEADER));
        }
        return settings;
    }

    /** Every cell of every sheet as text, in order: what "the same cell values" means. */
    List<String> allCellValues() {
        List<String> values = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    values.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value(cell).map(String::valueOf).orElse(""));
                }
            }
        }
        return values;
    }

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("No sheet " + name + " in " + sheetNames());
        }
        return sheet;
    }

    static Optional<Object> value(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? Optional.empty() : Optional.of(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Optional.of((Object) cell.getLocalDateTimeCellValue().toLocalDate())
                    : Optional.of((Object) cell.getNumericCellValue());
            case BOOLEAN -> Optional.of(cell.getBooleanCellValue());
            case FORMULA -> Optional.of("=" + cell.getCellFormula());
            default -> Optional.empty();
        };
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        throw new AssertionError("Not a date: " + value);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
