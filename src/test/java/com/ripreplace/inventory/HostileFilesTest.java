package com.ripreplace.inventory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static com.ripreplace.inventory.Sheets.row;
import static org.assertj.core.api.Assertions.assertThat;

/** Broken and hostile files are refused with one clear sentence, in bounded memory, and nothing is read. */
class HostileFilesTest {

    @TempDir
    Path dir;

    private static Problem onlyError(Path file) {
        return onlyError(file, InputLimits.DEFAULTS);
    }

    private static Problem onlyError(Path file, InputLimits limits) {
        Inventory inventory = new InventoryReader(limits)
                .read(java.util.List.of(new InventoryReader.InputFile(file, file.getFileName().toString())));
        assertThat(inventory.items()).isEmpty();
        assertThat(inventory.sites()).isEmpty();
        assertThat(inventory.errors()).hasSize(1);
        Problem problem = inventory.errors().get(0);
        assertThat(problem.file()).isEqualTo(file.getFileName().toString());
        assertThat(problem.message()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    private Path aValidWorkbook(String name) throws IOException {
        return Sheets.workbook().sheet("Equipment", row("Site ID", "Vendor", "Model"), row("S1", "Huawei", "BBU3900"))
                .writeXlsx(dir.resolve(name));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThat(onlyError(empty).message()).isEqualTo("The file is empty.");
    }

    @Test
    void refusesAFileThatIsNotASpreadsheet() throws IOException {
        Path pdf = dir.resolve("inventory.xlsx");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(onlyError(pdf).message()).isEqualTo("The file is a PDF document, not a spreadsheet.");

        Path binary = dir.resolve("random.csv");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Files.write(binary, noise);
        assertThat(onlyError(binary).message()).startsWith("The file is not a spreadsheet");
    }

    /** Found by fuzzing: the parser's exception, class name and all, reached the message; now a located sentence. */
    @Test
    void refusesAQuotedValueFollowedByOtherTextNamingTheRow() throws IOException {
        Path file = Sheets.text(dir.resolve("stray.csv"), "Site ID,Vendor,Model\nS1,Huawei,BBU3900\n"
                + "S2,\"ZTE\"x,ZXSDR B8200\n", StandardCharsets.UTF_8);
        Problem problem = onlyError(file);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.message()).startsWith("Row 3 cannot be split into values (Invalid character between"
                + " encapsulated token and delimiter").endsWith("a quote inside a quoted value is written twice (\"\")."
                + " Correct the file or save it again from Excel.").doesNotContain("org.apache");

        Path unclosed = Sheets.text(dir.resolve("unclosed.csv"), "Site ID,Vendor,Model\nS1,\"Huawei,BBU3900\n",
                StandardCharsets.UTF_8);
        assertThat(onlyError(unclosed).message()).startsWith("Row 2 cannot be split into values (");
    }

    /** Found by fuzzing: a damaged .xls made POI index past an array, and the message said so in Java's words. */
    @Test
    void refusesADamagedXlsInAPersonsWordsNotALibrarysException() throws IOException {
        Path crash = Path.of("src/test/resources/com/ripreplace/inventory/ReaderFuzzTestInputs/"
                + "readsAnyXlsIntoAnInventoryOrItsProblems/crash-938f30bdbdba9c6ad050e9d2c6de2a57e01cee10");
        Path file = Files.copy(crash, dir.resolve("damaged.xls"));
        assertThat(onlyError(file).message()).isEqualTo("The legacy Excel workbook is damaged or truncated and cannot"
                + " be read (its structure is inconsistent). Open it in Excel and save it as .xlsx.");
    }

    @Test
    void refusesTextWithoutAnyInventoryHeader() throws IOException {
        Path prose = Sheets.text(dir.resolve("notes.csv"), "Dear team,\nplease find the towers attached.\n",
                StandardCharsets.UTF_8);
        assertThat(onlyError(prose).message()).startsWith("No sheet in this file has an inventory header");
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        Path whole = aValidWorkbook("whole.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(onlyError(truncated).message()).startsWith("The workbook is damaged or truncated");
    }

    @Test
    void refusesATruncatedLegacyWorkbook() throws IOException {
        Path whole = Sheets.aRuralCarrier().writeXls(dir.resolve("whole.xls"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.xls");
        Files.write(truncated, Arrays.copyOf(bytes, 1500));
        assertThat(onlyError(truncated).message()).contains("damaged or truncated");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path plain = aValidWorkbook("plain.xlsx");
        Path encrypted = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(onlyError(encrypted).message()).startsWith("The workbook is password-protected");
    }

    @Test
    void refusesAPasswordProtectedLegacyWorkbook() throws IOException {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        Path locked;
        try {
            locked = Sheets.aRuralCarrier().writeXls(dir.resolve("locked.xls"));
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(onlyError(locked).message()).startsWith("The workbook is password-protected");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThat(onlyError(bomb).message())
                .startsWith("The part xl/worksheets/sheet1.xml unpacks to more than 200 times its packed size");
    }

    @Test
    void refusesAWorksheetThatUnpacksToMoreThanItsZipEntryStates() throws IOException {
        Path hostile = aValidWorkbook("lying.xlsx");
        stateSize(hostile, "xl/worksheets/sheet1.xml", 100);

        assertThat(onlyError(hostile).message()).isEqualTo("The part xl/worksheets/sheet1.xml unpacks to more than"
                + " the 100 bytes its zip entry states: refused as a possible zip bomb.");
    }

    @Test
    void refusesSharedStringsHiddenInAWorksheetPartThatUnpacksToMoreThanItStates() throws IOException {
        Path hostile = dir.resolve("hidden.xlsx");
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"" + main + "\" xmlns:r=\"" + types.substring(0, types.length() - 1)
                    + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + types + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + types + "sharedStrings\" Target=\"worksheets/strings.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\"><sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/strings.xml"));
            zip.write(("<sst xmlns=\"" + main + "\"><si><t>" + "A".repeat(100_000) + "</t></si></sst>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        stateSize(hostile, "xl/worksheets/strings.xml", 300);

        assertThat(onlyError(hostile).message()).isEqualTo("The part xl/worksheets/strings.xml unpacks to more than"
                + " the 300 bytes its zip entry states: refused as a possible zip bomb.");
    }

    /** Rewrites the unpacked size the zip's central directory states for a part, as a zip bomb would. */
    private static void stateSize(Path file, String part, int size) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        byte[] name = part.getBytes(StandardCharsets.US_ASCII);
        int patched = 0;
        for (int at = 0; at + 46 + name.length <= zip.length; at++) {
            // A central directory header (PK 1 2) for the part: its unpacked size is at offset 24, little-endian.
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2
                    && Arrays.equals(Arrays.copyOfRange(zip, at + 46, at + 46 + name.length), name)) {
                for (int b = 0; b < 4; b++) {
                    zip[at + 24 + b] = (byte) (size >>> (8 * b));
                }
                patched++;
            }
        }
        assertThat(patched).isEqualTo(1);
        Files.write(file, zip);
    }

    @Test
    void neverResolvesAnXmlExternalEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path valid = aValidWorkbook("valid.xlsx");
        Path hostile = dir.resolve("xxe.xlsx");
        rewritePart(valid, hostile, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("BBU3900", "&xxe;"));
        Problem problem = onlyError(hostile);
        assertThat(problem.message()).contains("declares an XML document type or entity")
                .doesNotContain("TOP-SECRET");
    }

    @Test
    void refusesASheetThatClaimsAMillionRows() throws IOException {
        Path file = dir.resolve("million.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Equipment");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Site ID");
            header.createCell(1).setCellValue("Vendor");
            sheet.createRow(1_048_575).createCell(0).setCellValue("S1");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Problem problem = onlyError(file);
        assertThat(problem.sheet()).isEqualTo("Equipment");
        assertThat(problem.row()).isEqualTo(1_048_576);
        assertThat(problem.message()).startsWith("This sheet reaches row 1,048,576; at most 500,000 rows are read");
    }

    @Test
    void refusesASheetWithThousandsOfColumns() throws IOException {
        Path file = dir.resolve("wide.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("Equipment").createRow(0);
            row.createCell(0).setCellValue("Site ID");
            row.createCell(5000).setCellValue("Vendor");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Problem problem = onlyError(file);
        assertThat(problem.column()).isEqualTo("GJI");
        assertThat(problem.message()).startsWith("This sheet has a value in column GJI (column 5001); at most 256 columns");
    }

    @Test
    void refusesAFileLargerThanTheLimit() throws IOException {
        Path file = aValidWorkbook("big.xlsx");
        InputLimits tiny = new InputLimits(1024, 500_000, 256, 200, 1L << 30, 500);
        assertThat(onlyError(file, tiny).message()).startsWith("The file is").contains("the limit is 0.0 MB");
    }

    @Test
    void refusesAnOpenDocumentSpreadsheetWithAnAnswer() throws IOException {
        Path ods = dir.resolve("inventory.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(onlyError(ods).message()).startsWith("The file is an OpenDocument spreadsheet (.ods); save it as .xlsx");
    }

    @Test
    void refusesABinaryWorkbookWithAnAnswer() throws IOException {
        Path xlsb = dir.resolve("inventory.xlsb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsb))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
            zip.write(new byte[] {(byte) 0x83, 1, 0});
            zip.closeEntry();
        }
        assertThat(onlyError(xlsb).message()).isEqualTo("The file is an Excel binary workbook (.xlsb); save it as"
                + " .xlsx from Excel (File › Save As › Excel Workbook) and upload that.");
    }

    @Test
    void refusesAWebPageSavedAsXls() throws IOException {
        Path html = Sheets.text(dir.resolve("export.xls"), "<html><body><table><tr><td>Site</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        assertThat(onlyError(html).message()).startsWith("The file is XML or a web page");
    }

    @Test
    void refusesAMissingFile() {
        assertThat(onlyError(dir.resolve("nowhere.xlsx")).message())
                .isEqualTo("The file does not exist or is not a regular file.");
    }

    private static void rewritePart(Path source, Path target, String part,
                                    java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (entry.getName().equals(part)) {
                        bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }
}
