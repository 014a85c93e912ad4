package com.ripreplace.inventory.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.ripreplace.inventory.CellValues;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.Problem;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams an .xlsx workbook: the zip through the JDK, the XML through Aalto's StAX parser (document type
 * declarations refused, external entities never resolved), one row at a time. The workbook part, its
 * relationships and the shared strings are read when the source opens; each worksheet is parsed as it is
 * read, held to the size its zip entry states. Formulas are read by their cached values. The file must
 * already have passed {@link FileInspector}, which checks every part's size before anything is parsed.
 *
 * <p>Why not a spreadsheet library: fastexcel-reader, the fastest one, builds a cell address, a cell and
 * (for numbers) a {@code BigDecimal} per cell that this reader never uses; reading the sheet XML directly
 * takes about half the time (docs/benchmarks.md). POI reads the legacy .xls files and writes the plans.
 */
final class XlsxSource implements WorkbookSource {

    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

    private final String file;
    private final int maxColumns;
    private final ZipFile zip;
    /** The archive's parts by name in lower case: part names are compared without regard to case (ECMA-376-2 6.2.2.3). */
    private final Map<String, ZipEntry> parts = new HashMap<>();
    /**
     * A parser factory of this workbook's own: Aalto's factory keeps every name it has seen, so one shared by
     * every file a service reads would grow without end.
     */
    private final XMLInputFactory xmlFactory = xmlFactory();
    private final List<SheetPart> sheets = new ArrayList<>();
    private boolean date1904;
    private String[] sharedStrings = new String[0];

    private record SheetPart(String name, String part) {
    }

    XlsxSource(Path path, String file, InputLimits limits) throws IOException {
        this.file = file;
        this.maxColumns = limits.maxColumns();
        this.zip = new ZipFile(path.toFile());
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                parts.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
            }
            String workbook = workbookPart();
            Map<String, String> targets = new HashMap<>();
            String sharedStringsPart = null;
            for (Relationship relationship : relationships(workbook)) {
                targets.put(relationship.id, relationship.target);
                if (relationship.type.endsWith("/sharedStrings")) {
                    sharedStringsPart = relationship.target;
                }
            }
            readWorkbook(workbook, targets);
            if (sharedStringsPart != null && part(sharedStringsPart) != null) {
                sharedStrings = readSharedStrings(sharedStringsPart);
            }
        } catch (XMLStreamException | RuntimeException e) {
            zip.close();
            StatedSizeStream.Overrun overrun = StatedSizeStream.overrunIn(e);
            throw overrun != null ? overrun : new IOException(FileInspector.plain(e), e);
        } catch (IOException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(SheetPart::name).toList();
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public Stream<RawRow> rows(int index) {
        SheetPart sheet = sheets.get(index);
        try {
            ZipEntry entry = part(sheet.part);
            if (entry == null) {
                throw new IOException("the workbook names a sheet part " + sheet.part + " that is not in the file");
            }
            InputStream in = open(entry);
            SheetRows rows = new SheetRows(sheet.name, xml(in), in);
            return StreamSupport.stream(rows, false).onClose(rows::close);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new SheetReadException(new Problem(file, sheet.name, null, null, null,
                    "The sheet cannot be read; the workbook is damaged (" + FileInspector.plain(e) + ")"));
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the workbook's structure -------------------------------------------------------------------------

    /** The workbook part the package's relationships name ("xl/workbook.xml" in every file Excel writes). */
    private String workbookPart() throws IOException, XMLStreamException {
        if (part(PACKAGE_RELATIONSHIPS) != null) {
            for (Relationship relationship : readRelationships(PACKAGE_RELATIONSHIPS, "")) {
                if (relationship.type.endsWith("/officeDocument") && part(relationship.target) != null) {
                    return relationship.target;
                }
            }
        }
        return DEFAULT_WORKBOOK;
    }

    private record Relationship(String id, String type, String target) {
    }

    /** The relationships of a part, each target as a path inside the zip. */
    private List<Relationship> relationships(String part) throws IOException, XMLStreamException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        if (part(rels) == null) {
            throw new IOException("the workbook's relationships part " + rels + " is missing");
        }
        return readRelationships(rels, folder);
    }

    private List<Relationship> readRelationships(String rels, String folder) throws IOException, XMLStreamException {
        List<Relationship> found = new ArrayList<>();
        try (InputStream in = open(part(rels))) {
            XMLStreamReader xml = xml(in);
            Names names = new Names();
            while (xml.hasNext()) {
                if (next(xml) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                names.check(xml);
                if ("Relationship".equals(xml.getLocalName()) && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    if (target != null) {
                        found.add(new Relationship(String.valueOf(xml.getAttributeValue(null, "Id")),
                                String.valueOf(xml.getAttributeValue(null, "Type")), resolve(folder, target)));
                    }
                }
            }
            xml.close();
        }
        return found;
    }

    /** A relationship's target as a zip entry name: absolute ("/xl/...") or relative to the source's folder. */
    static String resolve(String folder, String target) {
        if (target.indexOf('%') >= 0) {
            try {
                target = java.net.URLDecoder.decode(target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not percent-encoded after all: the name as written
            }
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The sheets in workbook order, and whether dates count from 1904. */
    private void readWorkbook(String workbook, Map<String, String> targets) throws IOException, XMLStreamException {
        ZipEntry entry = part(workbook);
        if (entry == null) {
            throw new IOException("the workbook part " + workbook + " is missing");
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        try (InputStream in = open(entry)) {
            XMLStreamReader xml = xml(in);
            Names names = new Names();
            while (xml.hasNext()) {
                if (next(xml) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                names.check(xml);
                String name = xml.getLocalName();
                if (name.equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (name.equals("sheet")) {
                    String target = targets.get(relationshipId(xml));
                    if (target == null) {
                        throw new IOException("sheet '" + xml.getAttributeValue(null, "name")
                                + "' has no part in the workbook's relationships");
                    }
                    if (!named.add(target.toLowerCase(Locale.ROOT))) {
                        throw new IOException("two sheets name the same part, " + target);
                    }
                    sheets.add(new SheetPart(String.valueOf(xml.getAttributeValue(null, "name")), target));
                }
            }
            xml.close();
        }
    }

    private static final java.util.Set<String> RELATIONSHIP_NAMESPACES = java.util.Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships");

    /** The sheet's {@code r:id}: the attribute "id" in the relationships namespace (transitional or strict). */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if ("id".equals(xml.getAttributeLocalName(i)) && RELATIONSHIP_NAMESPACES.contains(xml.getAttributeNamespace(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private String[] readSharedStrings(String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        Names names = new Names();
        try (InputStream in = open(part(part))) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (next(xml) == XMLStreamConstants.START_ELEMENT) {
                    if ("si".equals(xml.getLocalName())) {
                        strings.add(text(xml, names));
                    } else {
                        names.check(xml);
                    }
                }
            }
            xml.close();
        }
        return strings.toArray(String[]::new);
    }

    // ---- XML ----------------------------------------------------------------------------------------------

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return xmlFactory.createXMLStreamReader(in);
    }

    /** The part of this name, whatever the case of its letters; null when the archive has none. */
    private ZipEntry part(String name) {
        return parts.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A part's bytes, held to the size the archive states for it: {@link FileInspector} checked that size
     * against the limits (and unpacked every part but the worksheets), whatever the workbook uses the part for.
     */
    private InputStream open(ZipEntry entry) throws IOException {
        if (entry.getSize() < 0) {
            throw new IOException("the part " + entry.getName() + " does not state its size");
        }
        return new StatedSizeStream(zip.getInputStream(entry), entry.getName(), entry.getSize());
    }

    /** The next event; a document type declaration is refused (external entities are never resolved anyway). */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException(FileInspector.DECLARES_DTD);
        }
        return event;
    }

    /**
     * The text of a string item ({@code <si>} or a cell's {@code <is>}): its {@code <t>}, or the {@code <t>} of
     * each formatted run in turn; phonetic guides ({@code <rPh>}) are not part of the text. Reads to the end of
     * the element.
     */
    private static String text(XMLStreamReader xml, Names names) throws XMLStreamException {
        String single = null;
        StringBuilder joined = null;
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("t")) {
                    String part = unescape(xml.getElementText());
                    if (phonetic > 0) {
                        continue;
                    }
                    if (single == null && joined == null) {
                        single = part;
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(single);
                        }
                        joined.append(part);
                    }
                    continue;
                }
                names.check(xml);
                depth++;
                if (name.equals("rPh")) {
                    phonetic++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return joined != null ? joined.toString() : single == null ? "" : single;
    }

    /**
     * Excel's escape for a character XML cannot hold, {@code _xHHHH_} ({@code _x000D_} is a carriage return;
     * {@code _x005F_} an underscore, which is how a text that itself reads "_x0041_" is written), undone.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder plain = null;
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                if (plain == null) {
                    plain = new StringBuilder(text.length());
                }
                plain.append(text, from, at).append((char) Integer.parseInt(text, at + 2, at + 6, 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return plain == null ? text : plain.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The distinct element and attribute names one part uses. A genuine part uses a few dozen; a hostile one
     * with hundreds of thousands makes the parser's name table slow quadratically (seconds for a few hundred
     * kilobytes), so past {@link #MOST} the part is refused.
     */
    static final class Names {
        static final int MOST = 2_000;
        static final String TOO_MANY = "The part uses more than " + MOST + " different XML names.";
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        /** Notes the current element's name and its attributes' names. */
        void check(XMLStreamReader xml) throws XMLStreamException {
            note(xml.getLocalName());
            for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
                note(xml.getAttributeLocalName(i));
            }
        }

        private void note(String name) throws XMLStreamException {
            if (seen.add(name) && seen.size() > MOST) {
                throw new XMLStreamException(TOO_MANY);
            }
        }
    }

    // ---- rows -----------------------------------------------------------------------------------------------

    /**
     * The rows of one worksheet, read from its {@code <sheetData>} as they are asked for. A row or cell
     * without its reference ({@code r}) follows the one before it, as Excel reads them.
     */
    private final class SheetRows extends Spliterators.AbstractSpliterator<RawRow> {
        private final String sheet;
        private final XMLStreamReader2 xml;
        private final InputStream in;
        private final CellCollector collector;
        private boolean inData;
        private boolean inCell;
        private int rowNumber;
        private int column;
        private CellType type;
        private String value;
        /** Whether the value is an inline string ({@code <is>}), text whatever the cell's type says. */
        private boolean inline;
        private final ColumnDecoder columnDecoder = new ColumnDecoder();
        private final TypeDecoder typeDecoder = new TypeDecoder();
        private final Names names = new Names();

        SheetRows(String sheet, XMLStreamReader xml, InputStream in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.sheet = sheet;
            this.xml = (XMLStreamReader2) xml;
            this.in = in;
            this.collector = new CellCollector(file, sheet, maxColumns);
        }

        @Override
        public boolean tryAdvance(Consumer<? super RawRow> action) {
            try {
                while (xml.hasNext()) {
                    int event = next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (inCell) {
                            if (name.equals("v")) {
                                value = xml.getElementText();
                            } else if (name.equals("is")) {
                                value = text(xml, names);
                                inline = true;
                            } else {
                                names.check(xml);
                            }
                        } else if (name.equals("c") && inData) {
                            startCell();
                        } else if (name.equals("row") && inData) {
                            startRow();
                        } else if (name.equals("sheetData")) {
                            inData = true;
                        } else {
                            names.check(xml);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("c") && inCell) {
                            endCell();
                        } else if (name.equals("row") && inData) {
                            action.accept(collector.finish(rowNumber));
                            return true;
                        } else if (name.equals("sheetData")) {
                            inData = false;
                        }
                    }
                }
                return false;
            } catch (XMLStreamException | RuntimeException e) {
                throw failure(e);
            }
        }

        private void startRow() throws XMLStreamException {
            int reference = attribute("r");
            rowNumber = reference < 0 ? rowNumber + 1 : xml.getAttributeAsInt(reference);
            column = -1;
        }

        private void startCell() throws XMLStreamException {
            int reference = attribute("r");
            if (reference < 0) {
                column++;
            } else {
                columnDecoder.letters = 0;
                xml.getAttributeAs(reference, columnDecoder);
                column = columnDecoder.letters == 0 ? column + 1 : columnDecoder.column;
            }
            int typed = attribute("t");
            if (typed < 0) {
                type = CellType.NUMBER;
            } else {
                xml.getAttributeAs(typed, typeDecoder);
                type = typeDecoder.type;
            }
            value = null;
            inline = false;
            inCell = true;
        }

        /** The index of the element's attribute with this local name, or -1. */
        private int attribute(String localName) throws XMLStreamException {
            int count = xml.getAttributeCount();
            if (count > 16) {
                names.check(xml);
            }
            for (int i = 0; i < count; i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        private void endCell() {
            inCell = false;
            if (value == null) {
                return;
            }
            if (inline) {
                collector.add(rowNumber, column, CellKind.TEXT, value);
                return;
            }
            switch (type) {
                case NUMBER -> collector.add(rowNumber, column, CellKind.NUMBER, plainNumber(value));
                case SHARED -> {
                    if (!value.isBlank()) {
                        collector.add(rowNumber, column, CellKind.TEXT, sharedString(value));
                    }
                }
                case BOOLEAN -> addBoolean(value.strip());
                case ERROR -> collector.add(rowNumber, column, CellKind.ERROR, value);
                default -> collector.add(rowNumber, column, CellKind.TEXT, unescape(value));
            }
        }

        /** "1" and "0" as Excel writes them, "true" and "false" as some programs do; anything else as written. */
        private void addBoolean(String text) {
            if (text.equals("1") || text.equalsIgnoreCase("true")) {
                collector.add(rowNumber, column, CellKind.BOOLEAN, "TRUE");
            } else if (text.equals("0") || text.equalsIgnoreCase("false")) {
                collector.add(rowNumber, column, CellKind.BOOLEAN, "FALSE");
            } else {
                collector.add(rowNumber, column, CellKind.TEXT, text);
            }
        }

        private String sharedString(String index) {
            int i;
            try {
                i = Integer.parseInt(index.strip());
            } catch (NumberFormatException e) {
                i = -1;
            }
            if (i < 0 || i >= sharedStrings.length) {
                throw new SheetReadException(new Problem(file, sheet, rowNumber, RawCell.columnLetter(column), null,
                        "The cell refers to shared string " + index.strip() + ", which the workbook does not hold;"
                                + " the workbook is damaged. Save it again from Excel."));
            }
            return sharedStrings[i];
        }

        private RuntimeException failure(Exception e) {
            if (e instanceof SheetReadException refused) {
                return refused;
            }
            StatedSizeStream.Overrun overrun = StatedSizeStream.overrunIn(e);
            if (overrun != null) {
                return new SheetReadException(Problem.ofFile(file, overrun.getMessage()));
            }
            if (Names.TOO_MANY.equals(e.getMessage())) {
                return new SheetReadException(Problem.ofFile(file, "The part " + sheetPartOf(sheet) + " uses more than "
                        + Names.MOST + " different XML names, where a genuine Excel sheet uses a few dozen: refused as a"
                        + " possible attack on the reader."));
            }
            if (FileInspector.DECLARES_DTD.equals(e.getMessage())) {
                return new SheetReadException(Problem.ofFile(file, FileInspector.declaresDtd(sheetPartOf(sheet))));
            }
            return new SheetReadException(new Problem(file, sheet, rowNumber == 0 ? null : rowNumber, null, null,
                    "The sheet cannot be read past this row; the workbook is damaged or truncated ("
                            + (e instanceof XMLStreamException xmlProblem ? why(xmlProblem) : FileInspector.plain(e))
                            + ")."));
        }

        /** What the parser found wrong, without the parser's "ParseError at [row,col]" preamble. */
        private static String why(XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (cause != null && cause.getMessage() != null) {
                return FileInspector.plain(cause);
            }
            String message = String.valueOf(e.getMessage());
            int at = message.indexOf("Message: ");
            return FileInspector.plain(new XMLStreamException(at < 0 ? message : message.substring(at + 9)));
        }

        void close() {
            try {
                xml.close();
                in.close();
            } catch (XMLStreamException | IOException e) {
                // closing after a failure; the first problem is the one reported
            }
        }
    }

    /** What a cell's {@code t} attribute says it holds; absent or "n" is a number. */
    private enum CellType { NUMBER, SHARED, TEXT, BOOLEAN, ERROR }

    /**
     * Reads a cell's type from the parser's buffer, without making a string of it for each cell (the parser
     * would make 800,000 of them for a 100,000-line sheet).
     */
    private static final class TypeDecoder extends TypedValueDecoder {
        CellType type;

        @Override
        public void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        @Override
        public void decode(char[] text, int start, int end) {
            int length = end - start;
            char first = length == 0 ? ' ' : text[start];
            if (length == 1 && first == 'n') {
                type = CellType.NUMBER;
            } else if (length == 1 && first == 's') {
                type = CellType.SHARED;
            } else if (length == 1 && first == 'b') {
                type = CellType.BOOLEAN;
            } else if (length == 1 && first == 'e') {
                type = CellType.ERROR;
            } else {
                // inlineStr, str (a formula's text), d (an ISO 8601 date) and anything unknown: the text as written.
                type = CellType.TEXT;
            }
        }

        @Override
        public void handleEmptyValue() {
            type = CellType.NUMBER;
        }
    }

    /** Reads the column of a cell reference such as "AB12" from the parser's buffer: 0 for A, 27 for AB. */
    private static final class ColumnDecoder extends TypedValueDecoder {
        /** How many letters the reference starts with; 0 when it has none (the cell then follows the last). */
        int letters;
        int column;

        @Override
        public void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        @Override
        public void decode(char[] text, int start, int end) {
            int index = 0;
            letters = 0;
            for (int i = start; i < end; i++) {
                char c = text[i];
                int letter = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
                if (letter == 0) {
                    break;
                }
                if (++letters > 6) {
                    throw new IllegalArgumentException("the cell reference '" + new String(text, start,
                            Math.min(end - start, 20)) + "' names no column of any sheet");
                }
                index = index * 26 + letter;
            }
            column = index - 1;
        }

        @Override
        public void handleEmptyValue() {
            letters = 0;
        }
    }

    private String sheetPartOf(String sheetName) {
        for (SheetPart sheet : sheets) {
            if (sheet.name.equals(sheetName)) {
                return sheet.part;
            }
        }
        return sheetName;
    }

    // ---- values ---------------------------------------------------------------------------------------------

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
}
