package com.ripreplace.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MessyInventoryWriterTest {

    @TempDir
    static Path dir;
    private static List<Path> files;

    @BeforeAll
    static void write() throws Exception {
        files = MessyInventoryWriter.writeAll(dir, 2024L);
    }

    private static List<CSVRecord> csvRecords() throws Exception {
        String text = new String(Files.readAllBytes(files.get(0)), MessyInventoryWriter.WINDOWS_1252);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get()).get()) {
            return parser.getRecords();
        }
    }

    @Test
    void writesTheCsvAndTheLegacyWorkbook() {
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("messy-carrier-export.csv", "messy-legacy-inventory.xls");
    }

    @Test
    void encodesTheCsvInWindows1252WithTheDegreeSignAndAnAccentAsSingleBytes() throws Exception {
        byte[] bytes = Files.readAllBytes(files.get(0));
        assertThat(bytes).contains((byte) 0xB0).contains((byte) 0xE9); // ° and é in Windows-1252
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)).contains("\r\n");
        String text = new String(bytes, MessyInventoryWriter.WINDOWS_1252);
        assertThat(text).contains("René");
    }

    @Test
    void putsTwoTitleLinesAboveTheCarriersOwnSemicolonHeader() throws Exception {
        List<String> lines = Files.readAllLines(files.get(0), MessyInventoryWriter.WINDOWS_1252);
        assertThat(lines.get(0)).doesNotContain(";").isNotBlank();
        assertThat(lines.get(1)).doesNotContain(";").isNotBlank();
        assertThat(lines.get(2)).isEqualTo("Tower Code;Tower Name;Lat;Long;St;Mfr;Part #;S/N;Qty;In Service;Equip Type;Remarks");
    }

    @Test
    void listsAboutSixtyLinesAtAboutTwelveTowersInAFlatLayoutEndingInATotal() throws Exception {
        List<CSVRecord> records = csvRecords();
        List<CSVRecord> data = new ArrayList<>();
        int blank = 0;
        for (CSVRecord record : records.subList(3, records.size() - 1)) {
            if (record.stream().allMatch(String::isBlank)) {
                blank++;
            } else {
                data.add(record);
            }
        }
        assertThat(blank).isGreaterThanOrEqualTo(2);
        assertThat(data).hasSizeBetween(50, 70).allSatisfy(r -> assertThat(r.size()).isEqualTo(12));
        Set<String> towers = new HashSet<>();
        int quantity = 0;
        for (CSVRecord record : data) {
            towers.add(record.get(0));
            assertThat(record.get(2)).matches("\\d{1,2}°\\d{2}'\\d{2}\"N");
            assertThat(record.get(3)).matches("\\d{2,3}°\\d{2}'\\d{2}\"W");
            assertThat(record.get(9)).matches("(\\d{1,2}/\\d{1,2}/\\d{4})?");
            quantity += Integer.parseInt(record.get(8));
        }
        assertThat(towers).hasSize(12);
        CSVRecord total = records.get(records.size() - 1);
        assertThat(total.get(0)).isEqualTo("TOTAL");
        assertThat(Integer.parseInt(total.get(8))).isEqualTo(quantity);
        String raw = Files.readString(files.get(0), MessyInventoryWriter.WINDOWS_1252);
        assertThat(raw).as("some quantities quoted").containsPattern(";\"\\d+\";");
    }

    @Test
    void writesDegreesMinutesAndSeconds() {
        assertThat(MessyInventoryWriter.dms(44.52, 'N', 'S')).isEqualTo("44°31'12\"N");
        assertThat(MessyInventoryWriter.dms(-104.701389, 'E', 'W')).isEqualTo("104°42'05\"W");
    }

    @Test
    void buildsTheLegacyWorkbookWithAMergedTitleAndTheHeaderOnRowFour() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(files.get(1))) {
            assertThat(workbook.poi()).isInstanceOf(org.apache.poi.hssf.usermodel.HSSFWorkbook.class);
            assertThat(workbook.sheetNames()).containsExactly("Gear List", "Towers");
            Sheet gear = workbook.sheet("Gear List");
            assertThat(gear.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 7));
            assertThat(gear.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(workbook.headerRowIndex("Gear List", "Site Code")).isEqualTo(3);
            assertThat(workbook.headers("Gear List", "Site Code")).containsExactly("Site Code", "Make", "Model No.",
                    "Serial No.", "Count", "Acquired", "Type", "Comments");
            assertThat(workbook.headers("Towers", "Tower ID")).containsExactly("Tower ID", "Name", "Latitude",
                    "Longitude", "State", "Critical Site", "Subs", "Fed From", "Access Window");
        }
    }

    @Test
    void mixesNumbersStoredAsTextRealAndTextDatesAndOneFormulaInTheLegacyWorkbook() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(files.get(1))) {
            Sheet gear = workbook.sheet("Gear List");
            int textCounts = 0;
            int formulas = 0;
            int realDates = 0;
            int textDates = 0;
            int lines = 0;
            for (Row row : gear) {
                if (row.getRowNum() <= 3) {
                    continue;
                }
                lines++;
                Cell count = row.getCell(4);
                if (count.getCellType() == CellType.STRING) {
                    assertThat(count.getStringCellValue()).matches("\\d+");
                    textCounts++;
                } else if (count.getCellType() == CellType.FORMULA) {
                    assertThat(count.getCellFormula()).isEqualTo("1+1");
                    assertThat(count.getNumericCellValue()).isEqualTo(2.0);
                    formulas++;
                }
                Cell acquired = row.getCell(5);
                if (acquired != null && acquired.getCellType() == CellType.NUMERIC) {
                    assertThat(DateUtil.isCellDateFormatted(acquired)).isTrue();
                    realDates++;
                } else if (acquired != null) {
                    assertThat(acquired.getStringCellValue()).matches("\\d{1,2}-[A-Z][a-z]{2}-\\d{2}");
                    textDates++;
                }
            }
            assertThat(lines).isBetween(40, 60);
            assertThat(formulas).isOne();
            assertThat(textCounts).isPositive();
            assertThat(realDates).isPositive();
            assertThat(textDates).isPositive();
        }
    }

    @Test
    void listsTenTowersWithYesNoCriticalAndSummerOrYearRoundAccess() throws Exception {
        try (InventoryWorkbook workbook = InventoryWorkbook.open(files.get(1))) {
            var towers = workbook.rows("Towers", "Tower ID");
            assertThat(towers).hasSize(10).allSatisfy(row -> {
                assertThat(row.get("Critical Site")).isIn("yes", "no");
                assertThat((String) row.get("Access Window")).matches("Year round|[A-Z][a-z]{2}-[A-Z][a-z]{2}");
            });
            assertThat(towers).anySatisfy(row -> assertThat(row.get("Access Window")).isEqualTo("Year round"));
            assertThat(towers).anySatisfy(row -> assertThat(row.get("Access Window")).isNotEqualTo("Year round"));
            Set<Object> ids = new HashSet<>(towers.stream().map(row -> row.get("Tower ID")).toList());
            assertThat(workbook.rows("Gear List", "Site Code"))
                    .allSatisfy(row -> assertThat(ids).contains(row.get("Site Code")));
            assertThat(towers).filteredOn(row -> row.get("Fed From") != null).isNotEmpty()
                    .allSatisfy(row -> assertThat(ids).containsAll(List.of(((String) row.get("Fed From")).split(", "))));
        }
    }

    @Test
    void writesTheSameMessyFilesForTheSameSeed(@TempDir Path other) throws Exception {
        List<Path> again = MessyInventoryWriter.writeAll(other, 2024L);
        assertThat(Files.readAllBytes(again.get(0))).isEqualTo(Files.readAllBytes(files.get(0)));
        try (InventoryWorkbook a = InventoryWorkbook.open(files.get(1)); InventoryWorkbook b = InventoryWorkbook.open(again.get(1))) {
            assertThat(b.allCellValues()).containsExactlyElementsOf(a.allCellValues());
        }
    }
}
