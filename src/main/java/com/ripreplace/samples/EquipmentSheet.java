package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * Writes lines of gear to an Equipment sheet, row after row: optional title rows and a blank row,
 * the header, then one row per line. Keeps the running counts the caller reports.
 */
final class EquipmentSheet {

    private final Sheet sheet;
    private final SheetStyles styles;
    private final int headerRow;
    private int nextRow;
    private int items;
    private int coveredItems;
    private double coveredCost;
    private double reimbursableCost;

    EquipmentSheet(Sheet sheet, SheetStyles styles, List<String> titleLines) {
        this.sheet = sheet;
        this.styles = styles;
        for (String title : titleLines) {
            Cell cell = sheet.createRow(nextRow++).createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(styles.title());
        }
        if (!titleLines.isEmpty()) {
            nextRow++; // a blank row between the titles and the header
        }
        headerRow = nextRow;
        Row header = sheet.createRow(nextRow++);
        for (EquipmentColumn column : EquipmentColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(column.ordinal(), column.width());
        }
        sheet.createFreezePane(0, headerRow + 1);
    }

    void write(EquipmentLine line) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(EquipmentColumn.SITE_ID.ordinal()).setCellValue(line.siteId());
        row.createCell(EquipmentColumn.VENDOR.ordinal()).setCellValue(line.vendorName());
        row.createCell(EquipmentColumn.MODEL.ordinal()).setCellValue(line.model().model());
        row.createCell(EquipmentColumn.SERIAL.ordinal()).setCellValue(line.serial());
        row.createCell(EquipmentColumn.CATEGORY.ordinal()).setCellValue(line.model().category().label());
        row.createCell(EquipmentColumn.QUANTITY.ordinal()).setCellValue(line.quantity());
        line.purchaseDate().ifPresent(date -> {
            Cell cell = row.createCell(EquipmentColumn.PURCHASE_DATE.ordinal());
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        });
        row.createCell(EquipmentColumn.DESCRIPTION.ordinal()).setCellValue(line.description());
        line.unitCost().ifPresent(cost -> {
            Cell cell = row.createCell(EquipmentColumn.UNIT_REPLACEMENT_COST.ordinal());
            cell.setCellValue(cost.doubleValue());
            cell.setCellStyle(styles.currency());
        });
        line.mac().ifPresent(mac -> row.createCell(EquipmentColumn.MAC.ordinal()).setCellValue(mac));
        items++;
        if (line.covered()) {
            coveredItems++;
            coveredCost += line.replacementCost();
        }
        if (line.reimbursable()) {
            reimbursableCost += line.replacementCost();
        }
    }

    /** Adds a filter drop-down to the header once every row is written. */
    void finish() {
        if (nextRow > headerRow + 1) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, nextRow - 1, 0, EquipmentColumn.values().length - 1));
        }
    }

    int items() {
        return items;
    }

    int coveredItems() {
        return coveredItems;
    }

    /** Replacement cost of every covered line. */
    double coveredCost() {
        return coveredCost;
    }

    /** Replacement cost of the reimbursable (Huawei/ZTE, bought by 30 June 2020) lines. */
    double reimbursableCost() {
        return reimbursableCost;
    }
}
