package com.ripreplace.inventory.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Follows a delimited text as the CSV parser will split it (fields, quoted fields with doubled quotes and line
 * breaks inside them, surrounding spaces) and refuses a record that would exceed the column limit while its
 * characters are still arriving, before the parser has built it: a line of ten million values must not become
 * ten million strings. Refused: a character in a field past the limit; more than {@link #EMPTY_FIELDS_PER_COLUMN}
 * times the limit of fields even when those past it are empty; a field longer than a spreadsheet cell can be
 * ({@link #MAX_FIELD_CHARS}). Empty fields past the limit (trailing delimiters, as some exports pad rows) pass.
 */
final class RecordBounds extends FilterReader {

    /** Excel's own bound on the characters of one cell. */
    static final int MAX_FIELD_CHARS = 32_767;
    static final int EMPTY_FIELDS_PER_COLUMN = 16;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final String file;
    private final char delimiter;
    private final int maxColumns;
    private State state = State.FIELD_START;
    private int record = 1;
    private int field;
    private int fieldChars;
    private boolean afterCarriageReturn;

    RecordBounds(Reader in, String file, char delimiter, int maxColumns) {
        super(in);
        this.file = file;
        this.delimiter = delimiter;
        this.maxColumns = maxColumns;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            follow(buffer[i]);
        }
        return read;
    }

    private void follow(char c) {
        boolean lineFeedOfCrLf = afterCarriageReturn && c == '\n';
        afterCarriageReturn = c == '\r';
        if (lineFeedOfCrLf && state != State.QUOTED) {
            return;
        }
        switch (state) {
            case FIELD_START -> {
                if (c == delimiter) {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    endRecord();
                } else if (c == '"') {
                    state = State.QUOTED;
                } else {
                    if (c != ' ' && c != '\t') {
                        state = State.UNQUOTED;
                    }
                    content();
                }
            }
            case UNQUOTED -> {
                if (c == delimiter) {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    endRecord();
                } else {
                    content();
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    content();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    content();
                } else if (c == delimiter) {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    endRecord();
                } else {
                    state = State.UNQUOTED;
                    content();
                }
            }
        }
    }

    private void content() {
        if (field >= maxColumns) {
            throw refusal(field, "Row " + record + " has a value in column " + RawCell.columnLetter(field) + " (column "
                    + (field + 1) + "); at most " + maxColumns + " columns are read, so the row is refused before it"
                    + " is read whole. Check the delimiter, delete the stray columns or raise the limit"
                    + " ripreplace.limits.max-columns.");
        }
        if (++fieldChars > MAX_FIELD_CHARS) {
            throw refusal(field, "Row " + record + " has a value in column " + RawCell.columnLetter(field)
                    + " longer than " + String.format(Locale.ROOT, "%,d", MAX_FIELD_CHARS) + " characters, more than"
                    + " a spreadsheet cell can hold: refused before it is read whole. Check the file's quotes.");
        }
    }

    private void endField() {
        field++;
        fieldChars = 0;
        state = State.FIELD_START;
        long most = (long) maxColumns * EMPTY_FIELDS_PER_COLUMN;
        if (field >= most) {
            throw refusal(null, "Row " + record + " has more than " + String.format(Locale.ROOT, "%,d", most)
                    + " fields; at most " + maxColumns + " columns are read, so the row is refused before it is read"
                    + " whole. Check the delimiter, delete the stray columns or raise the limit"
                    + " ripreplace.limits.max-columns.");
        }
    }

    private void endRecord() {
        record++;
        field = 0;
        fieldChars = 0;
        state = State.FIELD_START;
    }

    private SheetReadException refusal(Integer column, String message) {
        return new SheetReadException(new ReadProblem(file, null, record,
                column == null ? null : RawCell.columnLetter(column), message));
    }
}
