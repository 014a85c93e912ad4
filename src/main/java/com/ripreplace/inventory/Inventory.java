package com.ripreplace.inventory;

import java.util.List;

/**
 * Everything read from one or more inventory files: the sites, the gear, the programme settings,
 * and every problem found. An inventory with errors must not be stored or planned.
 */
public record Inventory(List<SourceFile> files, List<Site> sites, List<EquipmentLine> items,
                        ProgramSettings program, List<Problem> errors, List<Problem> warnings, List<CostRow> costs) {

    public Inventory {
        costs = costs == null ? List.of() : List.copyOf(costs);
        files = List.copyOf(files);
        sites = List.copyOf(sites);
        items = List.copyOf(items);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** An inventory without a Costs sheet. */
    public Inventory(List<SourceFile> files, List<Site> sites, List<EquipmentLine> items, ProgramSettings program,
                     List<Problem> errors, List<Problem> warnings) {
        this(files, sites, items, program, errors, warnings, List.of());
    }

    public boolean usable() {
        return errors.isEmpty();
    }

    /** A file that was read, with what it turned out to be and its SHA-256, for the plan's provenance. */
    public record SourceFile(String name, String kind, String sha256) {
    }
}
