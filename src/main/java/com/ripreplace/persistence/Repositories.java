package com.ripreplace.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;

import java.util.List;

/** The stores of an inventory's parts; each part is read back in the order it was written. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Inventories extends PageableRepository<InventoryRecord, Long> {
        io.micronaut.data.model.Page<InventoryRecord> findByCarrierFrn(String carrierFrn,
                                                                       io.micronaut.data.model.Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Files extends CrudRepository<FileRecord, Long> {
        List<FileRecord> findByInventoryIdOrderById(Long inventoryId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Sites extends CrudRepository<SiteRecord, Long> {
        Page<SiteRecord> findByInventoryId(Long inventoryId, Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Items extends CrudRepository<ItemRecord, Long> {
        List<ItemRecord> findByInventoryIdOrderById(Long inventoryId);

        java.util.Optional<ItemRecord> findByIdAndInventoryId(Long id, Long inventoryId);

        List<ItemRecord> findByInventoryIdAndOverriddenOrderById(Long inventoryId, boolean overridden);

        long countByInventoryIdAndCovered(Long inventoryId, boolean covered);

        long countByInventoryIdAndNeedsReview(Long inventoryId, boolean needsReview);

        long countByInventoryIdAndReimbursable(Long inventoryId, boolean reimbursable);

        long countByInventoryIdAndMustReplace(Long inventoryId, boolean mustReplace);

        long countByInventoryIdAndCoveredCategoryIsNotNull(Long inventoryId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Warnings extends CrudRepository<WarningRecord, Long> {
        List<WarningRecord> findByInventoryIdOrderById(Long inventoryId);
    }
}
