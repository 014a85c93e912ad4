package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
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
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Files extends CrudRepository<FileRecord, Long> {
        List<FileRecord> findByInventoryIdOrderById(Long inventoryId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Sites extends CrudRepository<SiteRecord, Long> {
        List<SiteRecord> findByInventoryIdOrderById(Long inventoryId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Items extends CrudRepository<ItemRecord, Long> {
        List<ItemRecord> findByInventoryIdOrderById(Long inventoryId);

        java.util.Optional<ItemRecord> findByIdAndInventoryId(Long id, Long inventoryId);

        /** One page of an inventory's lines, in inventory order; a null filter means any value. */
        @Query(value = "SELECT * FROM inventory_item WHERE inventory_id = :inventoryId" + FILTERS + " ORDER BY id",
                countQuery = "SELECT COUNT(*) FROM inventory_item WHERE inventory_id = :inventoryId" + FILTERS)
        Page<ItemRecord> findPage(Long inventoryId, @Nullable Boolean covered, @Nullable Boolean needsReview,
                                  @Nullable String site, Pageable pageable);

        String FILTERS = " AND (CAST(:covered AS BOOLEAN) IS NULL OR covered = :covered)"
                + " AND (CAST(:needsReview AS BOOLEAN) IS NULL OR needs_review = :needsReview)"
                + " AND (CAST(:site AS VARCHAR) IS NULL OR site_id = :site)";

        List<ItemRecord> findByInventoryIdAndOverriddenOrderById(Long inventoryId, boolean overridden);

        long countByInventoryIdAndCovered(Long inventoryId, boolean covered);

        long countByInventoryIdAndNeedsReview(Long inventoryId, boolean needsReview);

        long countByInventoryIdAndReimbursable(Long inventoryId, boolean reimbursable);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Warnings extends CrudRepository<WarningRecord, Long> {
        List<WarningRecord> findByInventoryIdOrderById(Long inventoryId);
    }
}
