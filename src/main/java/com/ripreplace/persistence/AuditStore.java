package com.ripreplace.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The audit log, append-only: entries are added and read, never changed or removed. The repository below has no
 * update or delete method on purpose (a test checks that none appears in the code).
 */
@Singleton
public class AuditStore {

    private final Entries entries;

    AuditStore(Entries entries) {
        this.entries = entries;
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Entries extends GenericRepository<AuditRecord, Long> {

        AuditRecord save(AuditRecord entry);

        Page<AuditRecord> findAll(Pageable pageable);

        Page<AuditRecord> findByCarrierFrn(String carrierFrn, Pageable pageable);
    }

    @Transactional
    public AuditRecord append(AuditRecord entry) {
        if (entry.id() != null) {
            throw new IllegalArgumentException("An audit entry is only ever added");
        }
        return entries.save(entry);
    }

    /** Newest first; only the carrier's entries when {@code carrierFrn} is given, every entry otherwise. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> page(String carrierFrn, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("id")));
        return carrierFrn == null ? entries.findAll(pageable) : entries.findByCarrierFrn(carrierFrn, pageable);
    }
}
