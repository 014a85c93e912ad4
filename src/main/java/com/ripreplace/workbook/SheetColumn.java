package com.ripreplace.workbook;

import org.apache.poi.ss.util.CellReference;

/** A column of a table sheet: its header text and width; implemented by each sheet's column enum. */
interface SheetColumn {

    /** 0-based position (the enum's ordinal). */
    int ordinal();

    String header();

    /** Width in characters (set explicitly: a streamed sheet cannot measure its cells cheaply). */
    int width();

    default int index() {
        return ordinal();
    }

    /** The column's letter, for formulas within a row ("E"). */
    default String letter() {
        return CellReference.convertNumToColString(ordinal());
    }
}
