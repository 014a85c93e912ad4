package com.ripreplace.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of an inventory's lines with only the filters asked for in the query, so each count and page is
 * answered from an index: the page's ids are found in the index first (deep pages skip index entries, not rows),
 * then only those rows are read.
 */
@Singleton
class ItemPages {

    private final JdbcOperations jdbc;

    ItemPages(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Page<ItemRecord> page(long inventoryId, InventoryStore.ItemFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE inventory_id = ?");
        List<Object> args = new ArrayList<>(List.of(inventoryId));
        if (filter.covered() != null) {
            where.append(" AND covered = ?");
            args.add(filter.covered());
        }
        if (filter.needsReview() != null) {
            where.append(" AND needs_review = ?");
            args.add(filter.needsReview());
        }
        if (filter.siteId() != null) {
            where.append(" AND site_id = ?");
            args.add(filter.siteId());
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM inventory_item" + where, statement -> {
            bind(statement, args);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<ItemRecord> rows = jdbc.prepareStatement("SELECT * FROM inventory_item WHERE id IN (SELECT id FROM"
                + " inventory_item" + where + " ORDER BY id LIMIT ? OFFSET ?) ORDER BY id", statement -> {
            bind(statement, pageArgs);
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, ItemRecord.class).toList();
            }
        });
        return Page.of(rows, Pageable.from(page, size), total);
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }
}
