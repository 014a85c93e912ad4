package com.ripreplace.inventory.read;


import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams an .xlsx workbook: the zip through the JDK, the XML through Aalto's StAX parser (document type
 * declarations refused, external entities never resolved), one row at a time. The workbook part, its
 * relationships and the shared strings are read when the source opens; each worksheet is parsed as it is
 * read ({@link WorksheetRows}), held to the size its zip entry states. The file must
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
    private final XMLInputFactory xmlFactory = SpreadsheetXml.factory();
    private final List<SheetPart> sheets = new ArrayList<>();
    private boolean date1904;
    private String[] sharedStrings = new String[0];

    private record SheetPart(String name, String part) {
    }

    XlsxSource(Path path, String file, ReadLimits limits) throws IOException {
        this.file = file;
        this.maxColumns = limits.maxColumns();
        this.zip = new ZipFile(path.toFile());
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                parts.putIfAbsent(partName(entry.getName()), entry);
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
            throw new IOException(FileInspector.plain(e), e);
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
            WorksheetRows rows = new WorksheetRows(file, sheet.name, sheet.part, xml(in), in, maxColumns, sharedStrings);
            return StreamSupport.stream(rows, false).onClose(rows::close);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new SheetReadException(new ReadProblem(file, sheet.name, null, null,
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
        eachElement(part(rels), (xml, names) -> {
            if ("Relationship".equals(xml.getLocalName()) && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                String target = xml.getAttributeValue(null, "Target");
                if (target != null) {
                    found.add(new Relationship(String.valueOf(xml.getAttributeValue(null, "Id")),
                            String.valueOf(xml.getAttributeValue(null, "Type")), resolve(folder, target)));
                }
            }
        });
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
        eachElement(entry, (xml, names) -> {
            String name = xml.getLocalName();
            if (name.equals("workbookPr")) {
                String value = xml.getAttributeValue(null, "date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (name.equals("sheet")) {
                String id = relationshipId(xml);
                if (id == null || id.isEmpty()) {
                    // A sheet without a part (an old macro module sheet, for one, is written with r:id=""): no cells
                    // to read, so nothing is lost by leaving it out, as Excel and POI do.
                    return;
                }
                String target = targets.get(id);
                if (target == null) {
                    throw new IOException("sheet '" + xml.getAttributeValue(null, "name")
                            + "' has no part in the workbook's relationships");
                }
                if (!named.add(target.toLowerCase(Locale.ROOT))) {
                    throw new IOException("two sheets name the same part, " + target);
                }
                sheets.add(new SheetPart(String.valueOf(xml.getAttributeValue(null, "name")), target));
            }
        });
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
        eachElement(part(part), (xml, names) -> {
            if ("si".equals(xml.getLocalName())) {
                strings.add(SpreadsheetXml.text(xml, names));
            }
        });
        return strings.toArray(String[]::new);
    }

    /** What is done at each element of a part; an element may read on to its end. */
    private interface ElementReader {
        void read(XMLStreamReader xml, SpreadsheetXml.Names names) throws IOException, XMLStreamException;
    }

    /** Reads a whole part, element by element, its names counted against the bound; a refusal names the part. */
    private void eachElement(ZipEntry entry, ElementReader reader) throws IOException, XMLStreamException {
        try (InputStream in = open(entry)) {
            XMLStreamReader xml = xml(in);
            SpreadsheetXml.Names names = new SpreadsheetXml.Names();
            while (xml.hasNext()) {
                if (SpreadsheetXml.next(xml) == XMLStreamConstants.START_ELEMENT) {
                    names.check(xml);
                    reader.read(xml, names);
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            RefusedPart refused = RefusedPart.in(e, entry.getName());
            if (refused != null) {
                throw refused;
            }
            throw e;
        }
    }

    // ---- parts ------------------------------------------------------------------------------------------

    private XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return xmlFactory.createXMLStreamReader(in);
    }

    /** The part of this name, whatever the case of its letters; null when the archive has none. */
    private ZipEntry part(String name) {
        return parts.get(partName(name));
    }

    /**
     * A zip entry's name as a part name to compare: without regard to case (ECMA-376-2 6.2.2.3), and with the
     * backslashes some writers put between folders read as the slashes they mean (POI reads them so too).
     */
    static String partName(String entryName) {
        return entryName.replace('\\', '/').toLowerCase(Locale.ROOT);
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
}
