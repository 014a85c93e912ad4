package com.ripreplace.inventory.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a legacy .xls (BIFF8) workbook with POI's HSSF. The format caps a sheet at 65,536 rows and
 * the file size is bounded before opening, so holding the workbook in memory is bounded too.
 */
final class XlsSource implements WorkbookSource {

    private final String file;
    private final HSSFWorkbook workbook;
    private final int maxColumns;

    XlsSource(HSSFWorkbook workbook, String file, ReadLimits limits) {
        this.file = file;
        this.workbook = workbook;
        this.maxColumns = limits.maxColumns();
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public Stream<RawRow> rows(int index) {
        Sheet sheet = workbook.getSheetAt(index);
        CellCollector collector = new CellCollector(file, sheet.getSheetName(), maxColumns);
        return StreamSupport.stream(sheet.spliterator(), false).map(row -> convert(row, collector));
    }

    private RawRow convert(Row row, CellCollector collector) {
        int rowNumber = row.getRowNum() + 1;
        for (Cell cell : row) {
            try {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                int column = cell.getColumnIndex();
                switch (type) {
                    case STRING -> collector.add(rowNumber, column, CellKind.TEXT, cell.getStringCellValue());
                    case NUMERIC -> collector.add(rowNumber, column,
                            DateUtil.isCellDateFormatted(cell) ? CellKind.DATE : CellKind.NUMBER,
                            plain(cell.getNumericCellValue()));
                    case BOOLEAN -> collector.add(rowNumber, column, CellKind.BOOLEAN,
                            cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                    case ERROR -> collector.add(rowNumber, column, CellKind.ERROR,
                            FormulaError.forInt(cell.getErrorCellValue()).getString());
                    default -> { /* blank */ }
                }
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new SheetReadException(new ReadProblem(file, sheet(row), rowNumber,
                        RawCell.columnLetter(cell.getColumnIndex()),
                        "This cell cannot be read: " + FileInspector.plain(e)));
            }
        }
        return collector.finish(rowNumber);
    }

    private static String sheet(Row row) {
        return row.getSheet().getSheetName();
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
