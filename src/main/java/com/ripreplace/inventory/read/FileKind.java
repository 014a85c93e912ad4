package com.ripreplace.inventory.read;

/** The kinds of file the reader accepts, decided by content, never by extension. */
public enum FileKind {
    XLSX("Excel workbook (.xlsx)"),
    XLS("legacy Excel workbook (.xls)"),
    CSV("delimited text (CSV)");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
