package com.ripreplace.inventory;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the inventory reader with Jazzer, one fuzz test per format, each over its committed seed corpus
 * ({@code src/test/resources/com/ripreplace/inventory/ReaderFuzzTestInputs/<method>/}). Under plain {@code mvn test}
 * Jazzer replays the corpus and every earlier finding (regression mode); with {@code JAZZER_FUZZ=1} it fuzzes one
 * method for its {@code maxDuration} (see docs/inventory-import.md).
 *
 * <p>What must hold for any bytes: the reader answers an inventory (usable or with its problems) and never throws;
 * every problem reads as a sentence, not as a leaked exception; and it finishes in bounded time and memory (Jazzer
 * reports an input that takes more than its per-input timeout, or runs out of memory, as a finding).
 */
class ReaderFuzzTest {

    private static final InventoryReader READER = new InventoryReader(InputLimits.DEFAULTS);
    /** What a programming error swallowed into a problem's message looks like. */
    private static final Pattern LEAKED = Pattern.compile("Exception|\\tat |java\\.[a-z]+\\.|null pointer|index out of"
            + "|Cannot invoke|because \"|cannot be cast");

    /** Delimited text: any bytes, any encoding, any delimiter. */
    @FuzzTest(maxDuration = "4s")
    void readsAnyCsvIntoAnInventoryOrItsProblems(byte[] input) throws IOException {
        readWithoutCrashing(input, "fuzz.csv", input);
    }

    /** Legacy .xls: any bytes (the seeds are real BIFF8 workbooks; most mutants are refused as damaged). */
    @FuzzTest(maxDuration = "4s")
    void readsAnyXlsIntoAnInventoryOrItsProblems(byte[] input) throws IOException {
        readWithoutCrashing(input, "fuzz.xls", input);
    }

    /**
     * .xlsx: the input is a worksheet's XML, packed into a sound workbook with shared strings, so that mutations reach
     * the XML reader instead of failing the zip's checks. An input that is itself a zip archive is read as it is.
     */
    @FuzzTest(maxDuration = "4s")
    void readsAnyXlsxWorksheetIntoAnInventoryOrItsProblems(byte[] input) throws IOException {
        boolean zip = input.length > 4 && input[0] == 'P' && input[1] == 'K';
        readWithoutCrashing(zip ? input : workbookAround(input), "fuzz.xlsx", input);
    }

    /** Reads the bytes as a file; {@code input} is what the fuzzer gave, whose own text a message may quote. */
    private static void readWithoutCrashing(byte[] bytes, String name, byte[] input) throws IOException {
        Path file = Files.createTempFile("i14-fuzz-", "-" + name);
        try {
            Files.write(file, bytes);
            Inventory inventory = READER.read(List.of(new InventoryReader.InputFile(file, name)));
            List<Problem> problems = new ArrayList<>(inventory.errors());
            problems.addAll(inventory.warnings());
            String given = new String(input, StandardCharsets.ISO_8859_1);
            for (Problem problem : problems) {
                var leaked = LEAKED.matcher(problem.message());
                while (leaked.find()) {
                    // A message may quote the file's own text; only words the file does not hold are a leak.
                    if (!given.contains(leaked.group())) {
                        throw new AssertionError("A problem reads as a leaked exception: " + problem.describe());
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** A one-sheet workbook whose worksheet part is the given bytes. */
    static byte[] workbookAround(byte[] worksheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + TYPES + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Equipment\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"" + TYPES + "worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + TYPES + "sharedStrings\" Target=\""
                    + "sharedStrings.xml\"/></Relationships>");
            part(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>Site ID</t></si><si><t>Vendor</t></si>"
                    + "<si><t>Model</t></si><si><t>Serial</t></si><si><t>Huawei</t></si><si><t>ZTE</t></si></sst>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(worksheet);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
