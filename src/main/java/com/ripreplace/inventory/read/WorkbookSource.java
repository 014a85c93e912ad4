package com.ripreplace.inventory.read;

import java.io.Closeable;
import java.util.List;
import java.util.stream.Stream;

/**
 * A spreadsheet opened for reading, sheet by sheet, row by row. Rows are streamed so a large sheet
 * is never held in memory; a source throws {@link SheetReadException} from the stream when the file
 * turns out to be unusable while being read.
 */
public interface WorkbookSource extends Closeable {

    /** Sheet names in workbook order; a CSV file has one sheet whose name is null. */
    List<String> sheetNames();

    /** The rows of sheet {@code index} in order, each with a 1-based number; wholly empty rows may be left out. */
    Stream<RawRow> rows(int index);

    /** Whether serial dates count from 1904 (old Mac workbooks) instead of 1900. */
    default boolean date1904() {
        return false;
    }
}
