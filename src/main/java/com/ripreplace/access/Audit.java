package com.ripreplace.access;

import com.ripreplace.persistence.AuditRecord;
import com.ripreplace.persistence.AuditStore;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes who did what, when and from where; reads it back to those allowed. Details are the caller's words about
 * the thing done (ids, counts, a decision's comment), never a password or a token.
 */
@Singleton
public class Audit {

    private final AuditStore store;

    public Audit(AuditStore store) {
        this.store = store;
    }

    /**
     * @param who        the person, or null when nobody signed in did it (a failed sign-in)
     * @param carrierFrn the carrier the step concerns (null for the programme's own: an administrator's sign-in)
     * @param address    the address the request came from, or {@code "command line"}
     */
    public void record(Viewer who, String carrierFrn, AuditAction action, String target, String detail, String address) {
        record(who == null ? null : who.username(), who == null ? null : who.role().name(), carrierFrn, action,
                target, detail, address);
    }

    public void record(String username, String role, String carrierFrn, AuditAction action, String target,
                       String detail, String address) {
        store.append(new AuditRecord(null, OffsetDateTime.now(ZoneOffset.UTC), username, role, carrierFrn,
                action.name(), cut(target, 200), cut(detail, 2000), cut(address, 64)));
    }

    /** Every entry for an administrator; the carrier's own entries for its people. Newest first. */
    public Page<AuditRecord> page(Viewer viewer, int page, int size) {
        return store.page(viewer.isAdministrator() ? null : viewer.carrierFrn(), page, size);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
