package com.ripreplace.inventory.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Decides what a file is from its bytes and refuses what must not be read: empty, oversized,
 * damaged, password-protected, zip bombs, XML with a document type declaration (the door to
 * external entities), and anything that is not a spreadsheet. Every refusal is one sentence.
 */
public final class FileInspector {

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final long SMALL_PART_BYTES = 1024 * 1024;

    private final ReadLimits limits;

    public FileInspector(ReadLimits limits) {
        this.limits = limits;
    }

    /** Opens the file as a workbook source after every check has passed. */
    public Opened open(Path path, String file) throws UnusableFileException {
        if (!Files.isRegularFile(path)) {
            throw new UnusableFileException(file, "The file does not exist or is not a regular file.");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new UnusableFileException(file, "The file is empty.");
            }
            if (size > limits.maxFileBytes()) {
                throw new UnusableFileException(file, "The file is " + megabytes(size) + "; the limit is "
                        + megabytes(limits.maxFileBytes()) + " (ripreplace.limits.max-file-bytes).");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(8192);
            }
            if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
                return new Opened(FileKind.XLSX, openXlsx(path, file));
            }
            if (startsWith(head, 0x50, 0x4B)) {
                throw new UnusableFileException(file, "The file is an empty or split zip archive, not an Excel workbook.");
            }
            if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return new Opened(FileKind.XLS, new XlsSource(openLegacy(path, file), file, limits));
            }
            refuseKnownNonSpreadsheets(head, file);
            if (!looksLikeText(head)) {
                throw new UnusableFileException(file, "The file is not a spreadsheet: it holds binary data that is"
                        + " neither an Excel workbook (.xlsx, .xls) nor delimited text (CSV).");
            }
            return new Opened(FileKind.CSV, new CsvSource(path, file, limits));
        } catch (IOException e) {
            throw new UnusableFileException(file, "The file cannot be read: " + plain(e));
        }
    }

    /** A source together with the kind of file it reads. */
    public record Opened(FileKind kind, WorkbookSource source) {
    }

    /**
     * Checks the whole archive, then opens it. Every part but the worksheets is unpacked here while counting
     * (they are small, and the reader reads them whole when it opens); a worksheet, often tens of megabytes, is
     * checked by the size the archive states for it, and {@link XlsxSource} holds it to that size while parsing
     * it, so no worksheet is unpacked twice.
     */
    private WorkbookSource openXlsx(Path path, String file) throws UnusableFileException, IOException {
        inspectZip(path, file);
        try {
            return new XlsxSource(path, file, limits);
        } catch (RefusedPart e) {
            throw new UnusableFileException(file, e.getMessage());
        } catch (IOException e) {
            throw new UnusableFileException(file, "The workbook is damaged and cannot be read (" + plain(e)
                    + "). Save it again from Excel.");
        }
    }

    /** Why a part with a document type declaration is refused: the sentence after "The part …". */
    static final String DECLARES_DTD = "declares an XML document type or entity, which a genuine Excel file never"
            + " does: refused so that no external entity is ever resolved.";

    private static boolean isWorksheet(String name) {
        return name.startsWith("xl/worksheets/") && name.endsWith(".xml");
    }

    /**
     * Checks the structure of the archive and the size of every part: each part but the worksheets unpacked
     * while counting, each worksheet by the sizes the archive states.
     */
    private void inspectZip(Path path, String file) throws UnusableFileException, IOException {
        boolean hasWorkbook = false;
        boolean binaryWorkbook = false;
        boolean openDocument = false;
        long totalUnpacked = 0;
        int entries = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new UnusableFileException(file, "The workbook has more than " + MAX_ZIP_ENTRIES
                            + " parts: refused as a possible zip bomb.");
                }
                String name = entry.getName();
                // Part names are compared without regard to case (ECMA-376 Part 2, 6.2.2.3), as XlsxSource does.
                String lowerCase = XlsxSource.partName(name);
                if (!names.add(lowerCase)) {
                    throw new UnusableFileException(file, "The workbook holds two parts named " + name + " (part names"
                            + " are compared without regard to case): refused, as no one can tell which of them is the"
                            + " sheet Excel would show. Save it again from Excel.");
                }
                hasWorkbook |= lowerCase.equals("xl/workbook.xml");
                binaryWorkbook |= lowerCase.equals("xl/workbook.bin");
                openDocument |= name.equals("mimetype") || name.equals("content.xml");
                if (entry.isDirectory()) {
                    continue;
                }
                long packed = Math.max(entry.getCompressedSize(), 1);
                if (isWorksheet(lowerCase)) {
                    long stated = entry.getSize();
                    if (stated < 0) {
                        throw new UnusableFileException(file, "The part " + name + " does not state its size: the"
                                + " workbook is damaged. Save it again from Excel.");
                    }
                    totalUnpacked += stated;
                    checkUnpacked(file, name, stated, packed, totalUnpacked);
                    continue;
                }
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
                long unpacked = 0;
                Prolog prolog = new Prolog();
                boolean inProlog = true;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        unpacked += read;
                        totalUnpacked += read;
                        checkUnpacked(file, name, unpacked, packed, totalUnpacked);
                        if (xml && inProlog) {
                            int verdict = prolog.scan(buffer, read);
                            if (verdict == Prolog.DECLARES_DTD) {
                                throw new UnusableFileException(file, "The part " + name + " " + DECLARES_DTD);
                            }
                            inProlog = verdict == Prolog.STILL_IN_PROLOG;
                        }
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new UnusableFileException(file, "The workbook is damaged or truncated: its zip structure cannot be"
                    + " read (" + plain(e) + "). Save it again from Excel.");
        }
        if (openDocument && !hasWorkbook) {
            throw new UnusableFileException(file, "The file is an OpenDocument spreadsheet (.ods); save it as .xlsx"
                    + " from LibreOffice or Excel and upload that.");
        }
        if (binaryWorkbook && !hasWorkbook) {
            throw new UnusableFileException(file, "The file is an Excel binary workbook (.xlsb); save it as .xlsx from"
                    + " Excel (File › Save As › Excel Workbook) and upload that.");
        }
        if (!hasWorkbook) {
            throw new UnusableFileException(file, "The file is a zip archive but not an Excel workbook"
                    + " (it has no xl/workbook.xml part).");
        }
    }

    /** Refuses a part that unpacks (or says it unpacks) past the inflate ratio, or a workbook past the total. */
    private void checkUnpacked(String file, String part, long unpacked, long packed, long totalUnpacked)
            throws UnusableFileException {
        if (totalUnpacked > limits.maxUnpackedBytes()) {
            throw new UnusableFileException(file, "The workbook unpacks to more than "
                    + megabytes(limits.maxUnpackedBytes()) + ": refused as a possible zip bomb"
                    + " (ripreplace.limits.max-unpacked-bytes).");
        }
        if (unpacked > SMALL_PART_BYTES && unpacked / packed > limits.maxInflateRatio()) {
            throw new UnusableFileException(file, "The part " + part + " unpacks to more than "
                    + limits.maxInflateRatio() + " times its packed size: refused as a possible"
                    + " zip bomb (ripreplace.limits.max-inflate-ratio).");
        }
    }

    /**
     * Watches the prolog of an XML part, the only place a document type declaration (and with it any
     * entity declaration) may stand: everything before the root element's start tag. Scanning ends at
     * the root element, so the cost does not grow with the sheet.
     */
    private static final class Prolog {
        static final int STILL_IN_PROLOG = 0;
        static final int ROOT_REACHED = 1;
        static final int DECLARES_DTD = 2;
        private static final int WINDOW = 16;

        private final byte[] tail = new byte[WINDOW];
        private int tailLength;

        int scan(byte[] buffer, int length) {
            byte[] joined = new byte[tailLength + length];
            System.arraycopy(tail, 0, joined, 0, tailLength);
            System.arraycopy(buffer, 0, joined, tailLength, length);
            for (int i = 0; i + 1 < joined.length; i++) {
                if (joined[i] != '<') {
                    continue;
                }
                byte next = joined[i + 1];
                if (next == '!') {
                    if (startsAt(joined, i, DOCTYPE) || startsAt(joined, i, ENTITY)) {
                        return DECLARES_DTD;
                    }
                    if (i + DOCTYPE.length > joined.length) {
                        keepTail(joined, i);
                        return STILL_IN_PROLOG;
                    }
                } else if (next != '?') {
                    return ROOT_REACHED;
                }
            }
            keepTail(joined, Math.max(0, joined.length - 1));
            return STILL_IN_PROLOG;
        }

        private void keepTail(byte[] joined, int from) {
            tailLength = Math.min(WINDOW, joined.length - from);
            System.arraycopy(joined, joined.length - tailLength, tail, 0, tailLength);
        }

        private static boolean startsAt(byte[] data, int at, byte[] pattern) {
            if (at + pattern.length > data.length) {
                return false;
            }
            for (int k = 0; k < pattern.length; k++) {
                if (data[at + k] != pattern[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static HSSFWorkbook openLegacy(Path path, String file) throws UnusableFileException {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(path.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnusableFileException(file, "The workbook is password-protected; remove the password"
                        + " in Excel (File › Info › Protect Workbook) and upload it again.");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new UnusableFileException(file, "The file is an Office document but not an Excel workbook"
                        + " (a Word or PowerPoint file?).");
            }
            return new HSSFWorkbook(root, true);
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new UnusableFileException(file, "The workbook is password-protected; remove the password"
                    + " in Excel and upload it again.");
        } catch (UnusableFileException e) {
            closeQuietly(fs);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw new UnusableFileException(file, "The legacy Excel workbook is damaged or truncated and cannot be"
                    + " read (" + plain(e) + "). Open it in Excel and save it as .xlsx.");
        }
    }

    private static void refuseKnownNonSpreadsheets(byte[] head, String file) throws UnusableFileException {
        String what = null;
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            what = "a PDF document";
        } else if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 'G', 'I', 'F', '8')
                || startsWith(head, 0xFF, 0xD8, 0xFF)) {
            what = "an image";
        } else if (startsWith(head, 'M', 'Z') || startsWith(head, 0x7F, 'E', 'L', 'F')) {
            what = "a program";
        } else if (startsWith(head, 0x1F, 0x8B) || startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, '7', 'z')) {
            what = "a compressed archive";
        }
        if (what != null) {
            throw new UnusableFileException(file, "The file is " + what + ", not a spreadsheet.");
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        if (start.startsWith("<?xml") || start.startsWith("<html") || start.startsWith("<!doctype")
                || start.startsWith("<table")) {
            throw new UnusableFileException(file, "The file is XML or a web page saved with a spreadsheet name,"
                    + " not a workbook; open it in Excel and save it as .xlsx.");
        }
    }

    private static boolean looksLikeText(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return true;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1A)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    /** An exception's message without class names or stack frames, for a person to read. */
    public static String plain(Throwable e) {
        if (e instanceof IndexOutOfBoundsException || e instanceof NullPointerException || e instanceof ClassCastException
                || e instanceof ArithmeticException || e instanceof NegativeArraySizeException
                || e instanceof ArrayStoreException) {
            // A library tripped over the file's structure; its own words ("Index 5 out of bounds for length 3",
            // "Cannot invoke ...") tell a person nothing, so they are not passed on (found by fuzzing .xls files).
            return "its structure is inconsistent";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        String firstLine = message.lines().findFirst().orElse(message).strip();
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
