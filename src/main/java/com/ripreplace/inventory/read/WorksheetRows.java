package com.ripreplace.inventory.read;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * The rows of one worksheet, read from its {@code <sheetData>} as they are asked for. A row or cell
 * without its reference ({@code r}) follows the one before it, as Excel reads them.
 */
final class WorksheetRows extends Spliterators.AbstractSpliterator<RawRow> {

    private final String file;
    private final String sheet;
    private final String part;
    private final String[] sharedStrings;
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
    private final SpreadsheetXml.Names names = new SpreadsheetXml.Names();

    /**
     * @param part          the worksheet's part in the archive, named in refusals
     * @param in            the part's bytes, closed with the rows
     * @param sharedStrings the workbook's shared strings, by index
     */
    WorksheetRows(String file, String sheet, String part, XMLStreamReader xml, InputStream in, int maxColumns,
                  String[] sharedStrings) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.sheet = sheet;
        this.part = part;
        this.xml = (XMLStreamReader2) xml;
        this.in = in;
        this.sharedStrings = sharedStrings;
        this.collector = new CellCollector(file, sheet, maxColumns);
    }

    @Override
    public boolean tryAdvance(Consumer<? super RawRow> action) {
        try {
            while (xml.hasNext()) {
                int event = SpreadsheetXml.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (inCell) {
                        if (name.equals("v")) {
                            value = xml.getElementText();
                        } else if (name.equals("is")) {
                            value = SpreadsheetXml.text(xml, names);
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

    /**
     * A row's number: its reference, or the one after the last. A number below 1, or one not above the last row's,
     * is refused naming the sheet and the row, never dropped: Excel numbers rows from 1 and writes them in order,
     * and a row the mapping could not place would be a line of gear lost without a word.
     */
    private void startRow() throws XMLStreamException {
        int reference = attribute("r");
        int number = reference < 0 ? rowNumber + 1 : xml.getAttributeAsInt(reference);
        if (number < 1) {
            throw new SheetReadException(new ReadProblem(file, sheet, null, null, "The sheet holds a row numbered "
                    + number + (rowNumber == 0 ? "" : " after row " + rowNumber) + "; rows are numbered from 1, so"
                    + " this row cannot be placed. The workbook is damaged: save it again from Excel."));
        }
        if (number <= rowNumber) {
            throw new SheetReadException(new ReadProblem(file, sheet, number, null, "Row " + number + " comes after row "
                    + rowNumber + "; rows must be in order and each given once, so this row cannot be placed."
                    + " The workbook is damaged: save it again from Excel."));
        }
        rowNumber = number;
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
            default -> collector.add(rowNumber, column, CellKind.TEXT, SpreadsheetXml.unescape(value));
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
            throw new SheetReadException(new ReadProblem(file, sheet, rowNumber, RawCell.columnLetter(column),
                    "The cell refers to shared string " + index.strip() + ", which the workbook does not hold;"
                            + " the workbook is damaged. Save it again from Excel."));
        }
        return sharedStrings[i];
    }

    private RuntimeException failure(Exception e) {
        if (e instanceof SheetReadException alreadyPlaced) {
            return alreadyPlaced;
        }
        RefusedPart refused = RefusedPart.in(e, part);
        if (refused != null) {
            return new SheetReadException(ReadProblem.ofFile(file, refused.getMessage()));
        }
        return new SheetReadException(new ReadProblem(file, sheet, rowNumber == 0 ? null : rowNumber, null,
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

    /** Decodes an attribute from the parser's buffer; a value the parser holds as a string is read the same way. */
    private abstract static class BufferDecoder extends TypedValueDecoder {
        @Override
        public final void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }
    }

    /** What a cell's {@code t} attribute says it holds; absent or "n" is a number. */
    private enum CellType { NUMBER, SHARED, TEXT, BOOLEAN, ERROR }

    /**
     * Reads a cell's type from the parser's buffer, without making a string of it for each cell (the parser
     * would make 800,000 of them for a 100,000-line sheet).
     */
    private static final class TypeDecoder extends BufferDecoder {
        CellType type;

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
    private static final class ColumnDecoder extends BufferDecoder {
        /** How many letters the reference starts with; 0 when it has none (the cell then follows the last). */
        int letters;
        int column;

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
        if (point > start && point < raw.length() - 1 && RawCell.isDigits(raw, start, point)
                && RawCell.isDigits(raw, point + 1, raw.length())
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
