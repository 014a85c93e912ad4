package com.ripreplace.inventory;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small spreadsheets for tests: named sheets of rows, where a cell is a String, a Number,
 * a LocalDate (written as a real Excel date), a Boolean, a {@link Formula} (written with its cached
 * value) or null (left empty).
 */
final class Sheets {

    /** A formula cell; the workbook is evaluated before it is written so the cached value is stored. */
    record Formula(String expression) {
    }

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    static Sheets workbook() {
        return new Sheets();
    }

    Sheets sheet(String name, Object[]... rows) {
        sheets.put(name, java.util.Arrays.asList(rows));
        return this;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            return write(workbook, file);
        }
    }

    Path writeXls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            return write(workbook, file);
        }
    }

    private Path write(Workbook workbook, Path file) throws IOException {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        sheets.forEach((name, rows) -> {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                    }
                }
            }
        });
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    static Path text(Path file, String content, Charset charset) throws IOException {
        Files.write(file, content.getBytes(charset));
        return file;
    }

    /** The inventory of a small rural carrier in the contract's own layout: Program, Sites, Equipment. */
    static Sheets aRuralCarrier() {
        return workbook()
                .sheet("Program",
                        row("Setting", "Value"),
                        row("Carrier Name", "Prairie Wireless"),
                        row("FRN", "0012345678"),
                        row("Reimbursement Allocation", 2_500_000),
                        row("Funding Factor", "39.5%"),
                        row("Deadline", LocalDate.of(2027, 6, 30)),
                        row("Extension Deadline", LocalDate.of(2027, 12, 31)),
                        row("Crews", 2),
                        row("Wave Length", "month"))
                .sheet("Sites",
                        row("Site ID", "Site Name", "Latitude", "Longitude", "State", "Site Type", "Critical",
                                "Subscribers", "Depends On", "Access Months", "Earliest Start"),
                        row("CORE-1", "Casper switch", 42.8501, -106.3252, "WY", "Core", "Y", 12000, null, null, null),
                        row("WY-001", "Elk Ridge", "44°31'12\"N", "104°42'05\"W", "WY", "Tower", "N", 850, "CORE-1",
                                "May-Oct", LocalDate.of(2026, 5, 1)),
                        row("WY-002", "Sage Flats", 43.1, -105.2, "WY", "Tower", "no", 400, "CORE-1, WY-001", null, null))
                .sheet("Equipment",
                        row("Site ID", "Vendor", "Model", "Serial", "Category", "Quantity", "Purchase Date",
                                "Description", "Unit Replacement Cost", "MAC", "Rack"),
                        row("CORE-1", "Huawei", "CloudCore", "HW-0001", "Core", 1, LocalDate.of(2018, 3, 1),
                                "Packet core", 850_000, "00:E0:FC:12:34:56", "R1"),
                        row("WY-001", "ZTE", "ZXSDR B8200", "ZT-0001", "RAN Baseband", "2", LocalDate.of(2019, 6, 30),
                                "Baseband", null, null, null),
                        row("WY-001", "Ericsson", "Radio 4449", "ER-0001", "Radio Unit", 3, LocalDate.of(2021, 2, 1),
                                null, "$12,500.00", null, null),
                        row("WY-002", "Huawei", "RRU3908", "HW-0002", "Radio Unit", 1, null, null, null, null, null));
    }
}
