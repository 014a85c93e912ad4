package com.ripreplace.covered;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One name under which a covered entity's gear shows up: a legal name, brand, subsidiary, affiliate or the
 * name in Chinese characters.
 *
 * @param name         the name as written
 * @param kind         how it relates to the entity
 * @param misspellable whether small misspellings of it are also read as it (only long, distinctive names)
 * @param from         first day gear under this name counts as the entity's (for brands that changed hands)
 * @param until        last day gear under this name counts as the entity's
 * @param review       when present, gear under this name always goes to a person, and this says why
 * @param note         where the fact comes from or what the name is, shown in reasons
 */
public record EntityName(String name, NameKind kind, boolean misspellable, Optional<LocalDate> from,
                         Optional<LocalDate> until, Optional<String> review, Optional<String> note) {

    public EntityName {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name cannot be blank");
        }
        if (kind == null) {
            throw new IllegalArgumentException("name '" + name + "' needs a kind");
        }
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        review = review == null ? Optional.empty() : review;
        note = note == null ? Optional.empty() : note;
        if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
            throw new IllegalArgumentException("name '" + name + "': 'from' is after 'until'");
        }
    }

    /** Whether this name counts for the entity only during a period (a brand sold or bought). */
    public boolean hasOwnershipWindow() {
        return from.isPresent() || until.isPresent();
    }

    /** Whether gear obtained on this day falls inside the period the name belonged to the entity. */
    public boolean coversDay(LocalDate day) {
        return (from.isEmpty() || !day.isBefore(from.get())) && (until.isEmpty() || !day.isAfter(until.get()));
    }
}
