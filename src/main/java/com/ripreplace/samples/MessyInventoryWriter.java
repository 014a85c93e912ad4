package com.ripreplace.samples;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes inventories the way carriers actually send them, in their own layouts rather than the
 * template's: a semicolon-delimited Windows-1252 CSV export from an old system, and a legacy .xls
 * workbook kept by hand. Both use the carrier's own headers, which the product matches through
 * aliases.
 */
public final class MessyInventoryWriter {

    public static final String CSV_FILE = "messy-carrier-export.csv";
    public static final String XLS_FILE = "messy-legacy-inventory.xls";

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<String> CSV_HEADERS = List.of("Tower Code", "Tower Name", "Lat", "Long", "St", "Mfr", "Part #",
            "S/N", "Qty", "In Service", "Equip Type", "Remarks");
    static final List<String> GEAR_LIST_HEADERS = List.of("Site Code", "Make", "Model No.", "Serial No.", "Count",
            "Acquired", "Type", "Comments");
    static final List<String> TOWERS_HEADERS = List.of("Tower ID", "Name", "Latitude", "Longitude", "State",
            "Critical Site", "Subs", "Fed From", "Access Window");
    static final String GEAR_LIST_SHEET = "Gear List";
    static final String TOWERS_SHEET = "Towers";
    /** The 0-based row of the Gear List header: row 4 as a spreadsheet shows it. */
    static final int GEAR_LIST_HEADER_ROW = 3;

    private static final String CSV_CARRIER = "Absaroka Mutual Telephone Co.";
    private static final String XLS_CARRIER = "Red Mesa Telephone Cooperative";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("d-MMM-yy", Locale.US);
    private static final Map<Category, String> CSV_TYPES = new EnumMap<>(Category.class);
    private static final Map<Category, String> XLS_TYPES = new EnumMap<>(Category.class);

    static {
        String[] csv = {"BBU", "RRU", "Antenna", "Core Network", "MW Radio", "Router/Switch", "Fiber/Optical", "OLT",
                "ONT", "DC Plant", "Camera", "License", "UAS"};
        String[] xls = {"Baseband", "Radio", "Antenna", "Core", "Microwave", "Router", "Transport", "OLT", "ONT",
                "Power", "Security Cam", "Software", "Drone"};
        for (Category category : Category.values()) {
            CSV_TYPES.put(category, csv[category.ordinal()]);
            XLS_TYPES.put(category, xls[category.ordinal()]);
        }
    }

    private MessyInventoryWriter() {
    }

    /** Writes both files into {@code dir} and returns their paths: the CSV, then the .xls. */
    public static List<Path> writeAll(Path dir, long seed) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        return List.of(writeCsv(dir.resolve(CSV_FILE), seed), writeXls(dir.resolve(XLS_FILE), seed));
    }

    /** A tower (with its carrier's own code) and the lines of gear the carrier listed there. */
    private record Tower(String code, Site site, List<EquipmentLine> lines) {
    }

    /**
     * Twelve (CSV) or ten (.xls) towers of a small one-state carrier, with four to six lines each,
     * and Site IDs replaced by the carrier's own codes.
     */
    private static List<Tower> towers(CarrierProfile profile, String codePrefix, String codeFormat, long seed) {
        List<Site> sites = SiteNetwork.layOut(profile);
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            codes.put(sites.get(i).id(), String.format(codeFormat, codePrefix, i + 1));
        }
        SplittableRandom random = Seeds.stream(seed, 0x6EA2L);
        EquipmentLines gear = new EquipmentLines(profile, GearCatalog.standard(), random, new SerialNumbers(seed));
        List<Tower> towers = new ArrayList<>();
        for (Site site : sites) {
            Site renamed = new Site(codes.get(site.id()), site.name(), site.latitude(), site.longitude(), site.state(),
                    site.type(), site.critical(), site.subscribers(),
                    site.dependsOn().stream().map(codes::get).toList(), site.accessMonths(), site.earliestStart());
            List<EquipmentLine> lines = gear.at(renamed);
            int keep = Math.min(lines.size(), 4 + random.nextInt(3));
            towers.add(new Tower(renamed.id(), renamed, lines.subList(0, keep)));
        }
        return towers;
    }

    // ---- (a) semicolon CSV, Windows-1252 ---------------------------------------------------------

    static Path writeCsv(Path out, long seed) throws IOException {
        CarrierProfile profile = CarrierProfile.inOneState(new CarrierSpec(CSV_CARRIER, 12, seed ^ 0xC5L), UsState.MT,
                Vendor.HUAWEI, 0.62);
        List<Tower> towers = towers(profile, "AMT", "%s%03d", seed ^ 0xC5L);
        SplittableRandom random = Seeds.stream(seed, 0xC5C5L);
        StringBuilder text = new StringBuilder();
        line(text, CSV_CARRIER + " - Tower Equipment Export");
        line(text, "Report run 4/2/2024 7:42 AM by JMILLER - all towers, all equipment types");
        line(text, String.join(";", CSV_HEADERS));
        int total = 0;
        int written = 0;
        boolean accentWritten = false;
        for (int t = 0; t < towers.size(); t++) {
            Tower tower = towers.get(t);
            Site site = tower.site();
            for (EquipmentLine gear : tower.lines()) {
                String quantity = Integer.toString(gear.quantity());
                if (random.nextDouble() < 0.15) {
                    quantity = "\"" + quantity + "\""; // some exports quote numbers
                }
                String remarks = random.nextDouble() < 0.3 ? "" : gear.description();
                if (!accentWritten && written == 6) {
                    remarks = "Spare on shelf, tagged by René";
                    accentWritten = true;
                }
                List<String> fields = List.of(site.id(), site.name(), dms(site.latitude(), 'N', 'S'),
                        dms(site.longitude(), 'E', 'W'), site.state().name(), gear.vendorName(), gear.model().model(),
                        gear.serial(), quantity, gear.purchaseDate().map(US_DATE::format).orElse(""),
                        CSV_TYPES.get(gear.model().category()), remarks);
                StringBuilder row = new StringBuilder();
                for (int f = 0; f < fields.size(); f++) {
                    if (f > 0) {
                        row.append(';');
                    }
                    String field = fields.get(f);
                    row.append(f == 8 ? field : csvField(field));
                }
                line(text, row.toString());
                total += gear.quantity();
                written++;
            }
            if (t == 3 || t == 8) {
                line(text, "");
            } else if (t == 6) {
                line(text, ";".repeat(CSV_HEADERS.size() - 1));
            }
        }
        line(text, "TOTAL;;;;;;;;" + total + ";;;");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, encode(text.toString()));
        return out;
    }

    /** Degrees, minutes and seconds as an old export writes them: 44°31'12"N. */
    static String dms(double degrees, char positive, char negative) {
        char hemisphere = degrees >= 0 ? positive : negative;
        long totalSeconds = Math.round(Math.abs(degrees) * 3600);
        return String.format(Locale.US, "%d°%02d'%02d\"%c", totalSeconds / 3600, (totalSeconds % 3600) / 60,
                totalSeconds % 60, hemisphere);
    }

    /** Quotes a field (doubling its quotes) when it holds a delimiter, a quote or a line break. */
    private static String csvField(String value) {
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append("\r\n");
    }

    private static byte[] encode(String text) throws IOException {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    // ---- (b) legacy .xls ------------------------------------------------------------------------

    static Path writeXls(Path out, long seed) throws IOException {
        CarrierProfile profile = CarrierProfile.inOneState(new CarrierSpec(XLS_CARRIER, 10, seed ^ 0x715L), UsState.NM,
                Vendor.ZTE, 0.55);
        List<Tower> towers = towers(profile, "RM", "%s-%02d", seed ^ 0x715L);
        SplittableRandom random = Seeds.stream(seed, 0x7157L);
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("m/d/yyyy"));

            Sheet gearList = workbook.createSheet(GEAR_LIST_SHEET);
            Row title = gearList.createRow(0);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue(XLS_CARRIER + " - Network Equipment List");
            titleCell.setCellStyle(titleStyle);
            gearList.addMergedRegion(new CellRangeAddress(0, 0, 0, GEAR_LIST_HEADERS.size() - 1));
            gearList.createRow(1).createCell(0).setCellValue("Prepared for the SCRP reimbursement application, rev. 3 (updated 4/5/2024)");
            headerRow(gearList.createRow(GEAR_LIST_HEADER_ROW), GEAR_LIST_HEADERS, headerStyle);
            int[] widths = {10, 30, 22, 24, 8, 12, 14, 40};
            for (int i = 0; i < widths.length; i++) {
                gearList.setColumnWidth(i, widths[i] * 256);
            }

            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int rowIndex = GEAR_LIST_HEADER_ROW + 1;
            boolean formulaWritten = false;
            for (Tower tower : towers) {
                for (EquipmentLine gear : tower.lines()) {
                    Row row = gearList.createRow(rowIndex++);
                    row.createCell(0).setCellValue(tower.code());
                    row.createCell(1).setCellValue(gear.vendorName());
                    row.createCell(2).setCellValue(gear.model().model());
                    row.createCell(3).setCellValue(gear.serial());
                    Cell count = row.createCell(4);
                    if (!formulaWritten && rowIndex > GEAR_LIST_HEADER_ROW + 5) {
                        count.setCellFormula("1+1"); // someone added two units by hand
                        evaluator.evaluateFormulaCell(count);
                        formulaWritten = true;
                    } else if (random.nextDouble() < 0.2) {
                        count.setCellValue(Integer.toString(gear.quantity())); // a number stored as text
                    } else {
                        count.setCellValue(gear.quantity());
                    }
                    if (gear.purchaseDate().isPresent()) {
                        Cell acquired = row.createCell(5);
                        if (random.nextDouble() < 0.4) {
                            acquired.setCellValue(TEXT_DATE.format(gear.purchaseDate().get()));
                        } else {
                            acquired.setCellValue(gear.purchaseDate().get());
                            acquired.setCellStyle(dateStyle);
                        }
                    }
                    row.createCell(6).setCellValue(XLS_TYPES.get(gear.model().category()));
                    row.createCell(7).setCellValue(gear.description());
                }
            }

            Sheet towersSheet = workbook.createSheet(TOWERS_SHEET);
            headerRow(towersSheet.createRow(0), TOWERS_HEADERS, headerStyle);
            int[] towerWidths = {10, 26, 11, 12, 7, 12, 8, 16, 15};
            for (int i = 0; i < towerWidths.length; i++) {
                towersSheet.setColumnWidth(i, towerWidths[i] * 256);
            }
            int towerRow = 1;
            for (Tower tower : towers) {
                Site site = tower.site();
                Row row = towersSheet.createRow(towerRow++);
                row.createCell(0).setCellValue(site.id());
                row.createCell(1).setCellValue(site.name());
                row.createCell(2).setCellValue(Math.round(site.latitude() * 10_000) / 10_000d);
                row.createCell(3).setCellValue(Math.round(site.longitude() * 10_000) / 10_000d);
                row.createCell(4).setCellValue(site.state().name());
                row.createCell(5).setCellValue(site.critical() ? "yes" : "no");
                row.createCell(6).setCellValue(site.subscribers());
                if (!site.dependsOn().isEmpty()) {
                    row.createCell(7).setCellValue(String.join(", ", site.dependsOn()));
                }
                row.createCell(8).setCellValue(site.accessMonths().orElse("Year round"));
            }

            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
        return out;
    }

    private static void headerRow(Row row, List<String> headers, CellStyle style) {
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(style);
        }
    }
}
