package com.ripreplace.inventory.read;

import com.ripreplace.inventory.CellValues;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.Problem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams an .xlsx workbook with fastexcel-reader (StAX over the sheet XML, DTDs and external
 * entities disabled). Formulas are read by their cached values. The file must already have passed
 * {@link FileInspector}, which bounds its unpacked size.
 */
final class XlsxSource implements WorkbookSource {

    private final String file;
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final int maxColumns;

    XlsxSource(Path path, String file, InputLimits limits) throws IOException {
        this.file = file;
        this.maxColumns = limits.maxColumns();
        this.workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(false, false));
        this.sheets = workbook.getSheets().toList();
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public boolean date1904() {
        return workbook.isDate1904();
    }

    @Override
    public Stream<RawRow> rows(int index) {
        Sheet sheet = sheets.get(index);
        CellCollector collector = new CellCollector(file, sheet.getName(), maxColumns);
        try {
            // The row spliterator itself, not an iterator over a mapped stream: pulling rows through a stream
            // pipeline's buffer costs more than converting them.
            Stream<Row> rows = sheet.openStream();
            Spliterator<Row> source = rows.spliterator();
            Spliterator<RawRow> converted = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super RawRow> action) {
                    return source.tryAdvance(row -> action.accept(convert(row, collector)));
                }
            };
            return StreamSupport.stream(converted, false).onClose(rows::close);
        } catch (IOException | RuntimeException e) {
            throw new SheetReadException(new Problem(file, sheet.getName(), null, null, null,
                    "The sheet cannot be read; the workbook is damaged (" + FileInspector.plain(e) + ")"));
        }
    }

    private static RawRow convert(Row row, CellCollector collector) {
        int rowNumber = row.getRowNum();
        int count = row.getCellCount();
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            if (cell == null) {
                continue;
            }
            int column = cell.getColumnIndex();
            switch (cell.getType()) {
                case STRING -> collector.add(rowNumber, column, CellKind.TEXT, cell.getText());
                case NUMBER -> collector.add(rowNumber, column, CellKind.NUMBER, plainNumber(cell.getRawValue()));
                case BOOLEAN -> collector.add(rowNumber, column, CellKind.BOOLEAN,
                        "1".equals(cell.getRawValue()) ? "TRUE" : "FALSE");
                case ERROR -> collector.add(rowNumber, column, CellKind.ERROR, cell.getRawValue());
                case FORMULA -> {
                    String cached = cell.getRawValue();
                    boolean number = isNumber(cached);
                    collector.add(rowNumber, column, number ? CellKind.NUMBER : CellKind.TEXT,
                            number ? plainNumber(cached) : cached);
                }
                default -> { /* empty */ }
            }
        }
        return collector.finish(rowNumber);
    }

    /** "1001.0" and "1.001E3" read as "1001", as Excel shows them. */
    static String plainNumber(String raw) {
        if (raw == null) {
            return null;
        }
        int point = raw.indexOf('.');
        if (point < 0 && raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        // The usual form ("44181.0", "-5.250"): drop trailing zeros by hand rather than through BigDecimal.
        int start = raw.startsWith("-") ? 1 : 0;
        if (point > start && point < raw.length() - 1 && CellValues.isDigits(raw, start, point)
                && CellValues.isDigits(raw, point + 1, raw.length())
                && (raw.charAt(start) != '0' || point == start + 1)) {
            int end = raw.length();
            while (raw.charAt(end - 1) == '0') {
                end--;
            }
            if (end == point + 1) {
                end = point;
            }
            String plain = raw.substring(0, end);
            return "-0".equals(plain) ? "0" : plain;
        }
        return viaDecimal(raw);
    }

    private static String viaDecimal(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw.strip()).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
