package com.ripreplace.inventory;

import com.ripreplace.inventory.read.RawCell;
import com.ripreplace.inventory.read.RawRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code Costs} sheet (under any name): a header with Category and at least one cost column
 * (Unit Replacement Cost, Installation, Removal, Disposal, Lead Time Days), then one row per category.
 */
final class CostSheet {

    enum Column {
        CATEGORY("Category", "category", "equipment category", "gear type"),
        UNIT("Unit Replacement Cost", "unit replacement cost", "unit cost", "replacement cost", "equipment cost", "unit"),
        INSTALLATION("Installation", "installation", "install", "installation labour", "installation labor", "install cost"),
        REMOVAL("Removal", "removal", "removal cost", "deinstallation", "de-installation"),
        DISPOSAL("Disposal", "disposal", "disposal cost", "certified disposal", "destruction"),
        LEAD_TIME("Lead Time Days", "lead time days", "lead time", "lead time (days)");

        final String header;
        final List<String> names;

        Column(String header, String... names) {
            this.header = header;
            this.names = List.of(names);
        }

        static Optional<Column> of(String text) {
            String key = Field.normalise(text);
            for (Column column : values()) {
                if (column.names.stream().anyMatch(n -> Field.normalise(n).equals(key))) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private final int headerRow;
    private final Map<Column, Integer> columns;
    private final List<CostRow> rows = new ArrayList<>();

    private CostSheet(int headerRow, Map<Column, Integer> columns) {
        this.headerRow = headerRow;
        this.columns = columns;
    }

    /** The Costs layout of a sheet, if one of its first rows is a Costs header. */
    static Optional<CostSheet> find(List<RawRow> head) {
        for (RawRow row : head) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            for (int c = 0; c < row.width(); c++) {
                int column = c;
                Column.of(row.text(c)).ifPresent(k -> columns.putIfAbsent(k, column));
            }
            if (columns.containsKey(Column.CATEGORY) && columns.size() >= 2) {
                return Optional.of(new CostSheet(row.number(), columns));
            }
        }
        return Optional.empty();
    }

    void read(String file, String sheet, RawRow row, ProblemLog log) {
        if (row.number() <= headerRow || row.isBlank()) {
            return;
        }
        Optional<RawCell> category = cell(row, Column.CATEGORY);
        if (category.isEmpty()) {
            log.error(problem(file, sheet, row, Column.CATEGORY, "Category is blank; each row of the Costs sheet names"
                    + " the category its figures are for."));
            return;
        }
        BigDecimal unit = money(file, sheet, row, Column.UNIT, log);
        BigDecimal installation = money(file, sheet, row, Column.INSTALLATION, log);
        BigDecimal removal = money(file, sheet, row, Column.REMOVAL, log);
        BigDecimal disposal = money(file, sheet, row, Column.DISPOSAL, log);
        Integer lead = cell(row, Column.LEAD_TIME).map(c -> {
            Parsed<Integer> parsed = CellValues.wholeNumber(c, "Lead Time Days", 0, "a whole number of days");
            if (parsed instanceof Parsed.Invalid<Integer> invalid) {
                log.error(problem(file, sheet, row, Column.LEAD_TIME, invalid.message()));
                return null;
            }
            return ((Parsed.Value<Integer>) parsed).value();
        }).orElse(null);
        rows.add(new CostRow(category.get().value().strip(), unit, installation, removal, disposal, lead,
                new SourceRef(file, sheet, row.number())));
    }

    List<CostRow> rows() {
        return rows;
    }

    private BigDecimal money(String file, String sheet, RawRow row, Column column, ProblemLog log) {
        Optional<RawCell> cell = cell(row, column);
        if (cell.isEmpty()) {
            return null;
        }
        Parsed<BigDecimal> parsed = CellValues.money(cell.get(), column.header);
        if (parsed instanceof Parsed.Invalid<BigDecimal> invalid) {
            log.error(problem(file, sheet, row, column, invalid.message()));
            return null;
        }
        return ((Parsed.Value<BigDecimal>) parsed).value();
    }

    private Optional<RawCell> cell(RawRow row, Column column) {
        Integer index = columns.get(column);
        return index == null ? Optional.empty() : row.cell(index);
    }

    private Problem problem(String file, String sheet, RawRow row, Column column, String message) {
        Integer index = columns.get(column);
        return new Problem(file, sheet, row.number(), index == null ? null : RawCell.columnLetter(index), column.header,
                message);
    }
}
