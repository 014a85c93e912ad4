package com.ripreplace.inventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static com.ripreplace.inventory.Sheets.row;
import static org.assertj.core.api.Assertions.assertThat;

class InventoryReaderFormatsTest {

    @TempDir
    Path dir;

    static Inventory read(Path... files) {
        return new InventoryReader(InputLimits.DEFAULTS).read(Arrays.stream(files)
                .map(p -> new InventoryReader.InputFile(p, p.getFileName().toString())).toList());
    }

    private static EquipmentLine line(Inventory inventory, String serial) {
        return inventory.items().stream().filter(i -> serial.equals(i.serial())).findFirst().orElseThrow();
    }

    private static Site site(Inventory inventory, String id) {
        return inventory.sites().stream().filter(s -> s.siteId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsTheContractLayoutWithProgramSitesAndEquipmentSheets() throws IOException {
        Inventory inventory = read(Sheets.aRuralCarrier().writeXlsx(dir.resolve("prairie.xlsx")));

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).extracting(Site::siteId).containsExactly("CORE-1", "WY-001", "WY-002");
        assertThat(inventory.items()).hasSize(4);
        EquipmentLine zte = line(inventory, "ZT-0001");
        assertThat(zte.quantity()).isEqualTo(2);
        assertThat(zte.purchaseDate()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(zte.source()).isEqualTo(new SourceRef("prairie.xlsx", "Equipment", 3));
        assertThat(line(inventory, "ER-0001").unitReplacementCost()).isEqualByComparingTo("12500.00");
        assertThat(line(inventory, "HW-0001").mac()).isEqualTo("00:E0:FC:12:34:56");
        assertThat(line(inventory, "HW-0001").notes()).containsEntry("Rack", "R1");
        assertThat(line(inventory, "HW-0002").purchaseDate()).isNull();

        Site elk = site(inventory, "WY-001");
        assertThat(elk.latitude()).isCloseTo(44.52, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(elk.longitude()).isCloseTo(-104.701389, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(elk.accessMonths()).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(elk.dependsOn()).containsExactly("CORE-1");
        assertThat(elk.earliestStart()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(site(inventory, "CORE-1").critical()).isTrue();
        assertThat(site(inventory, "WY-002").dependsOn()).containsExactly("CORE-1", "WY-001");
        assertThat(site(inventory, "WY-002").accessMonths()).hasSize(12);

        ProgramSettings program = inventory.program();
        assertThat(program.carrierName()).isEqualTo("Prairie Wireless");
        assertThat(program.frn()).isEqualTo("0012345678");
        assertThat(program.fundingFactor()).isEqualByComparingTo("0.395");
        assertThat(program.reimbursementAllocation()).isEqualByComparingTo("2500000");
        assertThat(program.deadlineInForce()).contains(LocalDate.of(2027, 12, 31));
        assertThat(program.crews()).isEqualTo(2);
        assertThat(program.waveLength()).isEqualTo("month");
    }

    /**
     * Workbooks another program wrote (LibreOffice 7.4 opened two sample inventories and saved them as .xlsx:
     * its own shared strings, styles, namespaces and drawing parts) read exactly as the files they came from.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "libreoffice-7.4-small-carrier-25-sites.xlsx, sample-inventories/small-carrier-25-sites.xlsx",
            "libreoffice-7.4-messy-legacy-inventory.xlsx, sample-inventories/messy-legacy-inventory.xls"})
    void readsAWorkbookLibreOfficeWroteAsTheFileItWasSavedFrom(String written, String original) {
        Path rewritten = Path.of("src/test/resources/written-by", written);
        Inventory fromLibreOffice = read(rewritten);
        Inventory fromOriginal = read(Path.of(original));

        assertThat(fromLibreOffice.errors()).isEmpty();
        assertThat(fromLibreOffice.items()).hasSize(fromOriginal.items().size()).isNotEmpty();
        assertThat(everythingRead(fromLibreOffice, written)).isEqualTo(everythingRead(fromOriginal,
                Path.of(original).getFileName().toString()));
    }

    /** Sites, lines, settings and warnings as text, with the file's name left out. */
    private static String everythingRead(Inventory inventory, String fileName) {
        return List.of(inventory.sites(), inventory.items(), inventory.program(), inventory.warnings(), inventory.costs())
                .toString().replace(fileName, "FILE");
    }

    @Test
    void readsALegacyXlsWorkbookTheSameWay() throws IOException {
        Inventory inventory = read(Sheets.aRuralCarrier().writeXls(dir.resolve("prairie.xls")));

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).hasSize(3);
        assertThat(inventory.items()).hasSize(4);
        assertThat(line(inventory, "ZT-0001").purchaseDate()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(inventory.program().carrierName()).isEqualTo("Prairie Wireless");
    }

    @Test
    void decidesTheKindOfFileByContentNotByExtension() throws IOException {
        Path misnamed = Sheets.aRuralCarrier().writeXlsx(dir.resolve("inventory.csv"));
        Inventory inventory = read(misnamed);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.files()).extracting(Inventory.SourceFile::kind).containsExactly("Excel workbook (.xlsx)");
        assertThat(inventory.items()).hasSize(4);
    }

    @Test
    void findsTheHeaderBelowTitleRowsAndMergedTitleCells() throws IOException {
        Path file = Sheets.workbook().sheet("Gear",
                row("Prairie Wireless - equipment inventory"),
                row("As of 31 March 2024", null, null, "Prepared by: network ops"),
                null,
                row("Tower ID", "Mfr", "Model No.", "S/N", "Qty"),
                row("T-1", "Huawei", "BBU3900", "X1", 1)).writeXlsx(dir.resolve("titled.xlsx"));
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, false)) {
            wb.getSheetAt(0).addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 4));
            Path merged = dir.resolve("merged.xlsx");
            try (var out = Files.newOutputStream(merged)) {
                wb.write(out);
            }
            Inventory inventory = read(merged);
            assertThat(inventory.errors()).isEmpty();
            assertThat(inventory.items()).singleElement().satisfies(i -> {
                assertThat(i.siteId()).isEqualTo("T-1");
                assertThat(i.vendor()).isEqualTo("Huawei");
                assertThat(i.model()).isEqualTo("BBU3900");
                assertThat(i.source().row()).isEqualTo(5);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsTheCsvDelimiter(String delimiter) throws IOException {
        String csv = String.join("\n",
                String.join(delimiter, "Site ID", "Vendor", "Model", "Serial", "Quantity", "Purchase Date"),
                String.join(delimiter, "S1", "Huawei", "RTN 950", "A1", "2", "2019-05-01"),
                String.join(delimiter, "S2", "Nokia", "AirScale", "A2", "1", "2021-05-01")) + "\n";
        Inventory inventory = read(Sheets.text(dir.resolve("inv.csv"), csv, StandardCharsets.UTF_8));

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.items()).extracting(EquipmentLine::model).containsExactly("RTN 950", "AirScale");
        assertThat(inventory.items().get(0).quantity()).isEqualTo(2);
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Site ID,Vendor,Model,Description\nS1,Huawei,BBU3900,Baseband unit – réseau\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(bom, body));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.items()).singleElement().satisfies(i -> {
            assertThat(i.siteId()).isEqualTo("S1");
            assertThat(i.description()).isEqualTo("Baseband unit – réseau");
        });
    }

    @Test
    void readsWindows1252TextWithDegreeSignsInCoordinates() throws IOException {
        String csv = "Tower Code;Tower Name;Lat;Long;Mfr;Part #;S/N;Qty;In Service;Remarks\n"
                + "T-7;Café Butte;44°31'12\"N;104°42'05\"W;ZTE;ZXA10 C320;Z9;1;3/15/2018;Cabinet près de la route\n";
        Inventory inventory = read(Sheets.text(dir.resolve("legacy.csv"), csv, Charset.forName("windows-1252")));

        assertThat(inventory.errors()).isEmpty();
        Site site = inventory.sites().get(0);
        assertThat(site.siteName()).isEqualTo("Café Butte");
        assertThat(site.latitude()).isCloseTo(44.52, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(site.longitude()).isNegative();
        EquipmentLine line = inventory.items().get(0);
        assertThat(line.purchaseDate()).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(line.notes()).containsEntry("Remarks", "Cabinet près de la route");
    }

    @Test
    void readsUtf16TextAsExcelSavesUnicodeText() throws IOException {
        String csv = "\uFEFFSite ID\tVendor\tModel\nS1\tHuawei\tBBU5900\n";
        Inventory inventory = read(Sheets.text(dir.resolve("unicode.txt"), csv, StandardCharsets.UTF_16LE));

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.items()).extracting(EquipmentLine::model).containsExactly("BBU5900");
    }

    @Test
    void readsFormulasByTheirCachedValueAndNumbersStoredAsText() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Serial", "Quantity", "Unit Replacement Cost"),
                row(1001, "Huawei", "RRU3908", 123456789, new Sheets.Formula("1+2"), new Sheets.Formula("1000*2.5")),
                row("1002", "ZTE", "F660", "S-2", "4", "2,500")).writeXlsx(dir.resolve("formulas.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        EquipmentLine first = inventory.items().get(0);
        assertThat(first.siteId()).isEqualTo("1001");
        assertThat(first.serial()).isEqualTo("123456789");
        assertThat(first.quantity()).isEqualTo(3);
        assertThat(first.unitReplacementCost()).isEqualByComparingTo(new BigDecimal("2500"));
        assertThat(inventory.items().get(1).quantity()).isEqualTo(4);
        assertThat(inventory.items().get(1).unitReplacementCost()).isEqualByComparingTo("2500");
    }

    @Test
    void readsEveryDateFormCarriersType() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Serial", "Purchase Date"),
                row("S1", "Huawei", "A", "1", LocalDate.of(2019, 6, 30)),
                row("S1", "Huawei", "A", "2", "2019-06-30"),
                row("S1", "Huawei", "A", "3", "6/30/2019"),
                row("S1", "Huawei", "A", "4", "30-Jun-19"),
                row("S1", "Huawei", "A", "5", "30-JUN-2019"),
                row("S1", "Huawei", "A", "6", "Jun 30, 2019"),
                row("S1", "Huawei", "A", "7", "6/30/19"),
                row("S1", "Huawei", "A", "8", 43646)).writeXlsx(dir.resolve("dates.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.items()).extracting(EquipmentLine::purchaseDate).containsOnly(LocalDate.of(2019, 6, 30));
    }

    @Test
    void readsOneFlatSheetWithSiteColumnsBesideTheGear() throws IOException {
        Path file = Sheets.workbook().sheet("Inventory",
                row("Site Code", "Site Name", "Latitude", "Longitude", "Critical", "Access Window", "Make", "Model",
                        "Serial No.", "Count"),
                row("A-1", "Alpha", 45.1, -110.2, "x", "Jun-Sep", "Huawei", "BBU3900", "H1", 1),
                row("A-1", "Alpha", 45.1, -110.2, "x", "Jun-Sep", "Cisco", "ASR 920", "C1", 2),
                row("B-2", "Bravo", 46.0, -111.0, "false", "year round", "ZTE", "ZXCTN 6120", "Z1", 1))
                .writeXlsx(dir.resolve("flat.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).hasSize(2);
        assertThat(site(inventory, "A-1").critical()).isTrue();
        assertThat(site(inventory, "A-1").accessMonths()).containsExactly(6, 7, 8, 9);
        assertThat(site(inventory, "B-2").critical()).isFalse();
        assertThat(site(inventory, "B-2").accessMonths()).hasSize(12);
        assertThat(inventory.items()).hasSize(3);
    }

    @Test
    void recognisesSheetsByTheirHeadersUnderAnyName() throws IOException {
        Path file = Sheets.workbook()
                .sheet("Read me", row("This workbook lists our towers."))
                .sheet("Towers", row("Tower ID", "Name", "Lat", "Long", "Fed From"),
                        row("T1", "One", 40.0, -100.0, null), row("T2", "Two", 40.1, -100.1, "T1"))
                .sheet("Gear List", row("Tower ID", "Manufacturer", "Part Number", "S/N"),
                        row("T1", "Huawei", "NE40E-X8", "N1"), row("T2", "Ciena", "6500", "C1"))
                .writeXlsx(dir.resolve("named.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).extracting(Site::siteName).containsExactly("One", "Two");
        assertThat(site(inventory, "T2").dependsOn()).containsExactly("T1");
        assertThat(inventory.items()).hasSize(2);
        assertThat(inventory.warnings()).anySatisfy(w -> {
            assertThat(w.sheet()).isEqualTo("Read me");
            assertThat(w.message()).contains("Sheet skipped");
        });
    }

    @Test
    void usesTheLocationColumnToTellSitesApartWhenThereIsNoSiteId() throws IOException {
        Path file = Sheets.text(dir.resolve("loc.csv"), "Location,Manufacturer/Vendor,Model Nbr,Serial Nbr,Date of Purchase\n"
                + "Elk Ridge,Huawei,RRU3908,Q1,03/01/2018\nSage Flats,ZTE,F660,Q2,2021-01-05\n", StandardCharsets.UTF_8);
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).extracting(Site::siteId).containsExactly("Elk Ridge", "Sage Flats");
        assertThat(inventory.items().get(0).purchaseDate()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("The sheet has no Site ID column; 'Location' is used to tell the sites apart."));
    }

    @Test
    void readsTheCarriersOwnFiguresFromACostsSheet() throws IOException {
        Path file = Sheets.aRuralCarrier()
                .sheet("Our costs", row("Category", "Unit Replacement Cost", "Installation", "Lead Time Days"),
                        row("Radio Unit", "$15,250.00", 3000, 75), row("Fiber splice kit", 900, null, null))
                .writeXlsx(dir.resolve("costs.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.costs()).hasSize(2);
        CostRow radio = inventory.costs().get(0);
        assertThat(radio.category()).isEqualTo("Radio Unit");
        assertThat(radio.unit()).isEqualByComparingTo("15250.00");
        assertThat(radio.installation()).isEqualByComparingTo("3000");
        assertThat(radio.removal()).isNull();
        assertThat(radio.leadTimeDays()).isEqualTo(75);
        assertThat(radio.source()).isEqualTo(new SourceRef("costs.xlsx", "Our costs", 2));
    }

    @Test
    void joinsSeveralFilesIntoOneInventory() throws IOException {
        Path sites = Sheets.workbook().sheet("Sites", row("Site ID", "Site Name"), row("S1", "One"), row("S2", "Two"))
                .writeXlsx(dir.resolve("sites.xlsx"));
        Path gear = Sheets.text(dir.resolve("gear.csv"), "Site ID,Vendor,Model,Serial\nS1,Huawei,BBU3900,X\nS2,ZTE,F660,Y\n",
                StandardCharsets.UTF_8);
        Inventory inventory = read(sites, gear);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.files()).hasSize(2);
        assertThat(inventory.sites()).hasSize(2);
        assertThat(inventory.items()).extracting(EquipmentLine::siteId).containsExactly("S1", "S2");
    }

    @Test
    void skipsBlankRowsAndWarnsAboutATotalsRow() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Quantity"),
                row("S1", "Huawei", "BBU3900", 2),
                null,
                row("", "", "", null),
                row("S2", "ZTE", "F660", 3),
                row("TOTAL", null, null, 5)).writeXlsx(dir.resolve("totals.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.sites()).extracting(Site::siteId).containsExactly("S1", "S2");
        assertThat(inventory.items()).hasSize(2);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(6);
            assertThat(w.message()).isEqualTo("Skipped a totals row; it is not a line of gear.");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grand Total", "Sub-total", "SUM", "Totals:", "total items"})
    void skipsTotalsRowsHoweverTheyAreWritten(String label) throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Quantity"),
                row("Sumner-01", "Samsung", "MT6413", 1),
                row("Subway-2", "Tarana", "G1 BN", 1),
                row(label, null, null, 2)).writeXlsx(dir.resolve("totals.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.items()).extracting(EquipmentLine::siteId).containsExactly("Sumner-01", "Subway-2");
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(4);
            assertThat(w.message()).isEqualTo("Skipped a totals row; it is not a line of gear.");
        });
    }

    @Test
    void keepsUnknownColumnsAsNotesNotErrors() throws IOException {
        Path file = Sheets.workbook().sheet("Equipment",
                row("Site ID", "Vendor", "Model", "Asset Tag", "Rack Position"),
                row("S1", "Huawei", "BBU3900", "AT-77", "U12")).writeXlsx(dir.resolve("notes.xlsx"));
        Inventory inventory = read(file);

        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.items().get(0).notes()).containsEntry("Asset Tag", "AT-77").containsEntry("Rack Position", "U12");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static List<String> messages(Inventory inventory) {
        return inventory.errors().stream().map(Problem::message).toList();
    }
}
