package com.ripreplace.inventory;

import com.ripreplace.inventory.read.RawCell;
import com.ripreplace.inventory.read.RawRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code Program} sheet: rows of a setting's name followed by its value. */
final class ProgramRows {

    private final Map<ProgramKey, Object> values = new EnumMap<>(ProgramKey.class);
    private final Map<ProgramKey, SourceRef> sources = new EnumMap<>(ProgramKey.class);
    private final List<LocalDate> extensions = new ArrayList<>();

    /** A sheet whose first rows start with at least two setting names is a Program sheet. */
    boolean looksLikeProgram(List<RawRow> rows) {
        return rows.stream().filter(row -> firstCell(row).flatMap(c -> ProgramKey.forName(c.value())).isPresent())
                .count() >= 2;
    }

    void read(String file, String sheet, RawRow row, boolean date1904, ProblemLog log) {
        Optional<RawCell> keyCell = firstCell(row);
        Optional<ProgramKey> key = keyCell.flatMap(c -> ProgramKey.forName(c.value()));
        if (key.isEmpty()) {
            return;
        }
        Optional<RawCell> valueCell = Optional.empty();
        for (int column = keyCell.get().column() + 1; column < row.width() && valueCell.isEmpty(); column++) {
            valueCell = row.cell(column);
        }
        if (valueCell.isEmpty()) {
            return;
        }
        RawCell cell = valueCell.get();
        String label = key.get().label();
        Parsed<?> parsed = switch (key.get()) {
            case CARRIER_NAME, FRN -> Parsed.of(cell.value().strip());
            case WAVE_LENGTH -> waveLength(cell);
            case REIMBURSEMENT_ALLOCATION, BUDGET_PER_WAVE, STARTING_CASH -> CellValues.money(cell, label);
            case FUNDING_FACTOR -> CellValues.fraction(cell, label);
            case INITIAL_DISBURSEMENT_DATE, DEADLINE, EXTENSION_DEADLINE, PLANNING_START ->
                    CellValues.date(cell, label, date1904);
            case LEAD_TIME_DAYS, REIMBURSEMENT_LAG_DAYS -> CellValues.wholeNumber(cell, label, 0, "a whole number of days");
            case CREWS, SITES_PER_CREW_PER_WAVE -> CellValues.wholeNumber(cell, label, 1, "a whole number of at least 1");
        };
        String column = RawCell.columnLetter(cell.column());
        if (parsed instanceof Parsed.Invalid<?> invalid) {
            log.error(new Problem(file, sheet, row.number(), column, label, invalid.message()));
            return;
        }
        Object value = ((Parsed.Value<?>) parsed).value();
        if (key.get() == ProgramKey.EXTENSION_DEADLINE) {
            extensions.add((LocalDate) value);
            return;
        }
        Object earlier = values.putIfAbsent(key.get(), value);
        if (earlier == null) {
            sources.put(key.get(), new SourceRef(file, sheet, row.number()));
        } else if (!earlier.equals(value)) {
            SourceRef first = sources.get(key.get());
            log.warning(new Problem(file, sheet, row.number(), column, label, label + " '" + cell.value().strip()
                    + "' differs from the value given in " + first.file() + "; the first value is used."));
        }
    }

    private static Parsed<String> waveLength(RawCell cell) {
        String text = Field.normalise(cell.value());
        if (text.startsWith("month") || text.equals("1") || text.equals("30")) {
            return Parsed.of("month");
        }
        if (text.startsWith("quarter") || text.equals("3") || text.equals("90")) {
            return Parsed.of("quarter");
        }
        return Parsed.invalid("Wave Length must be 'month' or 'quarter'; found '" + cell.value().strip() + "'");
    }

    ProgramSettings settings() {
        return new ProgramSettings((String) values.get(ProgramKey.CARRIER_NAME), (String) values.get(ProgramKey.FRN),
                (BigDecimal) values.get(ProgramKey.REIMBURSEMENT_ALLOCATION),
                (BigDecimal) values.get(ProgramKey.FUNDING_FACTOR),
                (LocalDate) values.get(ProgramKey.INITIAL_DISBURSEMENT_DATE), (LocalDate) values.get(ProgramKey.DEADLINE),
                extensions.stream().distinct().sorted().toList(), (LocalDate) values.get(ProgramKey.PLANNING_START),
                (Integer) values.get(ProgramKey.LEAD_TIME_DAYS), (String) values.get(ProgramKey.WAVE_LENGTH),
                (BigDecimal) values.get(ProgramKey.BUDGET_PER_WAVE), (BigDecimal) values.get(ProgramKey.STARTING_CASH),
                (Integer) values.get(ProgramKey.REIMBURSEMENT_LAG_DAYS), (Integer) values.get(ProgramKey.CREWS),
                (Integer) values.get(ProgramKey.SITES_PER_CREW_PER_WAVE));
    }

    private static Optional<RawCell> firstCell(RawRow row) {
        for (int column = 0; column < row.width(); column++) {
            Optional<RawCell> cell = row.cell(column);
            if (cell.isPresent()) {
                return cell;
            }
        }
        return Optional.empty();
    }

}
