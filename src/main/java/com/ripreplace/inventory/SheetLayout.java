package com.ripreplace.inventory;

import com.ripreplace.inventory.read.RawCell;
import com.ripreplace.inventory.read.RawRow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a sheet's header is and which column holds which field. Found by looking for the row, among
 * the first rows of the sheet, whose cells name the most fields, so title rows and merged title cells
 * above the header do not matter.
 */
record SheetLayout(int headerRow, Map<Field, Integer> columns, Map<Integer, String> headers,
                   Map<Integer, String> unknownColumns, List<String> duplicateHeaders) {

    static final int ROWS_SEARCHED = 50;
    private static final Set<Field> EQUIPMENT_SIGNS = Set.of(Field.VENDOR, Field.MODEL, Field.SERIAL);

    enum Role { EQUIPMENT, SITES }

    Role role() {
        return columns.keySet().stream().anyMatch(EQUIPMENT_SIGNS::contains) ? Role.EQUIPMENT : Role.SITES;
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    Optional<RawCell> cell(RawRow row, Field field) {
        return Optional.ofNullable(at(row, field));
    }

    /** The field's cell in this row, or null when the sheet has no such column or the cell is empty. */
    RawCell at(RawRow row, Field field) {
        Integer column = columns.get(field);
        return column == null ? null : row.at(column);
    }

    String letter(Field field) {
        return RawCell.columnLetter(columns.get(field));
    }

    String headerText(Field field) {
        return headers.get(columns.get(field));
    }

    /**
     * An equipment sheet that names its sites only by a Site Name / Location column uses that column as
     * the site id (the reader says so in a warning).
     */
    SheetLayout withSiteNameAsId() {
        if (role() != Role.EQUIPMENT || has(Field.SITE_ID) || !has(Field.SITE_NAME)) {
            return this;
        }
        Map<Field, Integer> remapped = new EnumMap<>(columns);
        remapped.put(Field.SITE_ID, remapped.remove(Field.SITE_NAME));
        return new SheetLayout(headerRow, Collections.unmodifiableMap(remapped), headers, unknownColumns, duplicateHeaders);
    }

    /** The most likely header among {@code rows}, if any row names at least two fields including an identifying one. */
    static Optional<SheetLayout> find(List<RawRow> rows) {
        SheetLayout best = null;
        for (RawRow row : rows) {
            SheetLayout candidate = of(row);
            boolean identifying = candidate.has(Field.SITE_ID) || candidate.columns.keySet().stream()
                    .anyMatch(EQUIPMENT_SIGNS::contains);
            if (candidate.columns.size() >= 2 && identifying
                    && (best == null || candidate.columns.size() > best.columns.size())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static SheetLayout of(RawRow row) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        Map<Integer, String> headers = new LinkedHashMap<>();
        Map<Integer, String> unknown = new LinkedHashMap<>();
        List<String> duplicates = new java.util.ArrayList<>();
        for (int column = 0; column < row.width(); column++) {
            String text = row.text(column);
            if (text.isEmpty()) {
                continue;
            }
            headers.put(column, text);
            Optional<Field> field = Field.forHeader(text);
            if (field.isPresent() && !columns.containsKey(field.get())) {
                columns.put(field.get(), column);
            } else {
                if (field.isPresent()) {
                    duplicates.add(text);
                }
                unknown.put(column, text);
            }
        }
        return new SheetLayout(row.number(), Collections.unmodifiableMap(columns), headers, unknown, duplicates);
    }
}
