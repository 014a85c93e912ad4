package com.ripreplace.covered;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of the FCC Covered List.
 *
 * @param code          stable code used in reports ("HUAWEI")
 * @param name          short name people use ("Huawei")
 * @param listedAs      what the Covered List names
 * @param addedToList   the day the FCC added it
 * @param scope         which of its gear or services are covered
 * @param sourceId      the catalog source that records the listing
 * @param names         every name its gear shows up under
 * @param modelFamilies model-number families of its gear
 */
public record CoveredEntity(String code, String name, String listedAs, LocalDate addedToList, Set<Scope> scope,
                            String sourceId, List<EntityName> names, List<ModelFamily> modelFamilies) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    public CoveredEntity {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("entity code must be upper-case letters, digits and _, was '" + code + "'");
        }
        if (scope == null || scope.isEmpty()) {
            throw new IllegalArgumentException("entity " + code + " needs a scope");
        }
        scope = Collections.unmodifiableSet(EnumSet.copyOf(scope));
        names = List.copyOf(names);
        modelFamilies = List.copyOf(modelFamilies);
    }

    /** Whether the list names only this entity's services, not its equipment. */
    public boolean servicesOnly() {
        return scope.equals(Set.of(Scope.SERVICES));
    }

    /** "on the Covered List since 12 March 2021 (telecom equipment, video surveillance equipment)". */
    public String listingWords() {
        StringBuilder words = new StringBuilder(96).append("on the Covered List since ").append(DAY.format(addedToList)).append(" (");
        String separator = "";
        for (Scope s : scope) {
            words.append(separator).append(s.words());
            separator = ", ";
        }
        return words.append(')').toString();
    }
}
