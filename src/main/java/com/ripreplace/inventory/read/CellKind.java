package com.ripreplace.inventory.read;

/** What a cell holds once formulas are replaced by their cached results. */
public enum CellKind {
    TEXT,
    NUMBER,
    /** A number the workbook formats as a date (known for .xls; .xlsx dates arrive as NUMBER). */
    DATE,
    BOOLEAN,
    /** An Excel error value such as #REF! or #N/A. */
    ERROR
}
