package com.ripreplace.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated site, one row of the Sites sheet.
 *
 * @param id            a state prefix and a number, such as {@code WY-0001}
 * @param name          a plausible site name
 * @param latitude      decimal degrees, inside {@code state}
 * @param longitude     decimal degrees, inside {@code state}
 * @param state         the state it stands in
 * @param type          what kind of site it is
 * @param critical      whether an outage there cuts off other sites or 911 service
 * @param subscribers   subscribers it serves directly
 * @param dependsOn     ids of the sites that backhaul it (all generated before it, so there are no cycles)
 * @param accessMonths  the months it can be reached ("Jun-Sep"); empty for year-round
 * @param earliestStart the first day work may start there, when it is constrained
 */
record Site(String id, String name, double latitude, double longitude, UsState state, SiteType type,
            boolean critical, int subscribers, List<String> dependsOn, Optional<String> accessMonths,
            Optional<LocalDate> earliestStart) {

    Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(accessMonths, "accessMonths");
        Objects.requireNonNull(earliestStart, "earliestStart");
        if (subscribers < 0) {
            throw new IllegalArgumentException("Subscribers cannot be negative at " + id);
        }
        if (dependsOn.contains(id)) {
            throw new IllegalArgumentException("Site " + id + " cannot depend on itself");
        }
    }

    Site withDependsOn(List<String> ids) {
        return new Site(id, name, latitude, longitude, state, type, critical, subscribers, ids, accessMonths,
                earliestStart);
    }

    Site withAccessMonths(String months) {
        return new Site(id, name, latitude, longitude, state, type, critical, subscribers, dependsOn,
                Optional.of(months), earliestStart);
    }

    Site withEarliestStart(LocalDate date) {
        return new Site(id, name, latitude, longitude, state, type, critical, subscribers, dependsOn,
                accessMonths, Optional.of(date));
    }
}
