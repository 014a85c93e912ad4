package com.ripreplace.inventory.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a delimited text export with Apache Commons CSV. The encoding is decided from the bytes
 * (a byte-order mark, else strict UTF-8, else Windows-1252) and the delimiter from the first lines
 * (comma, semicolon, tab or pipe: the one that splits the most lines into the same number of fields).
 */
final class CsvSource implements WorkbookSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path path;
    private final String file;
    private final int maxColumns;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private CSVParser parser;

    CsvSource(Path path, String file, ReadLimits limits) throws IOException {
        this.path = path;
        this.file = file;
        this.maxColumns = limits.maxColumns();
        byte[] head = readHead(path, 4);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else {
            charset = isStrictUtf8(path) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            bomLength = 0;
        }
        this.delimiter = detectDelimiter(sample());
    }

    @Override
    public List<String> sheetNames() {
        return java.util.Collections.singletonList(null);
    }

    @Override
    public Stream<RawRow> rows(int index) {
        try {
            parser = CSVParser.builder().setReader(new RecordBounds(open(), file, delimiter, maxColumns))
                    .setFormat(format(delimiter)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CellCollector collector = new CellCollector(file, null, maxColumns);
        java.util.Iterator<CSVRecord> records = parser.iterator();
        return java.util.stream.StreamSupport.stream(new java.util.Spliterators.AbstractSpliterator<RawRow>(
                Long.MAX_VALUE, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super RawRow> action) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return false;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(e);
                }
                action.accept(convert(record, collector));
                return true;
            }
        }, false);
    }

    /**
     * The parser could not split a record (a quoted value followed by other characters, or a quote never closed):
     * said with the row it stopped at and what to do, not as the parser's exception.
     */
    private SheetReadException unreadable(UncheckedIOException e) {
        long row = parser.getRecordNumber() + 1;
        String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : "";
        return new SheetReadException(new ReadProblem(file, null, Math.toIntExact(Math.min(row, Integer.MAX_VALUE)),
                null, "Row " + row + " cannot be split into values" + (why.isBlank() ? "" : " (" + why.strip() + ")")
                + ": a quoted value must end with its closing quote just before the delimiter or the line's end, and"
                + " a quote inside a quoted value is written twice (\"\"). Correct the file or save it again from"
                + " Excel."));
    }

    private static RawRow convert(CSVRecord record, CellCollector collector) {
        int rowNumber = Math.toIntExact(record.getRecordNumber());
        for (int i = 0; i < record.size(); i++) {
            collector.add(rowNumber, i, CellKind.TEXT, record.get(i));
        }
        return collector.finish(rowNumber);
    }

    private Reader open() throws IOException {
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(bomLength);
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    private String sample() throws IOException {
        try (Reader reader = open()) {
            char[] buffer = new char[SAMPLE_CHARS];
            int read = reader.read(buffer);
            if (read <= 0) {
                return "";
            }
            String text = new String(buffer, 0, read);
            int lastNewline = text.lastIndexOf('\n');
            return read == SAMPLE_CHARS && lastNewline > 0 ? text.substring(0, lastNewline) : text;
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    /** The delimiter that splits the most sample lines into the same number (greater than one) of fields. */
    static char detectDelimiter(String sample) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : DELIMITERS) {
            long score = score(sample, candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static long score(String sample, char delimiter) {
        Map<Integer, Integer> linesByFieldCount = new HashMap<>();
        try (CSVParser sampleParser = CSVParser.builder().setReader(new StringReader(sample))
                .setFormat(format(delimiter)).get()) {
            for (CSVRecord record : sampleParser) {
                int nonBlank = 0;
                for (String value : record) {
                    if (!value.isBlank()) {
                        nonBlank++;
                    }
                }
                if (record.size() > 1 && nonBlank > 1) {
                    linesByFieldCount.merge(record.size(), 1, Integer::sum);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return 0;
        }
        return linesByFieldCount.entrySet().stream()
                .mapToLong(e -> (long) e.getValue() * 1000 + e.getKey())
                .max().orElse(0);
    }

    private static boolean isStrictUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(path)) {
            byte[] chunk = new byte[32 * 1024];
            int read;
            while ((read = stream.read(chunk)) != -1) {
                in.put(chunk, 0, read);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError()) {
                return false;
            }
            return !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] readHead(Path path, int count) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(count);
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
