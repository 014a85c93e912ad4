package com.ripreplace.persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory from before V7 upgrades with its lines' findings right: a consumer router an engineer confirmed
 * as covered stays in service, one marked 'replace' and every covered Huawei or ZTE line are replaced.
 */
class FindingCategoryMigrationTest {

    private static final String URL = "jdbc:h2:mem:migration-v7;DB_CLOSE_DELAY=-1";

    @Test
    void backfillsTheCategoryAndWhichLinesAreReplacedForLinesStoredBefore() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").target("6").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
             Statement sql = db.createStatement()) {
            sql.execute("insert into inventory (id, created_at, site_count, item_count, covered_item_count,"
                    + " needs_review_count, reimbursable_item_count) values (1, current_timestamp, 2, 5, 4, 0, 1)");
            line(sql, 1, "Huawei RRU3908", true, "HUAWEI", null);
            line(sql, 2, "TP-Link Archer AX55", true, "FOREIGN_CONSUMER_ROUTER", "CONFIRM_COVERED");
            line(sql, 3, "TP-Link Archer AX73", true, "FOREIGN_CONSUMER_ROUTER", "REPLACE");
            line(sql, 4, "TP-Link Archer AX10", true, "FOREIGN_CONSUMER_ROUTER", null);
            line(sql, 5, "Nokia AirScale", false, null, null);

            Flyway.configure().dataSource(URL, "sa", "").load().migrate();

            List<String> rows = new ArrayList<>();
            try (ResultSet r = sql.executeQuery(
                    "select model, covered_category, must_replace from inventory_item order by id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getBoolean(3));
                }
            }
            assertThat(rows).containsExactly(
                    "Huawei RRU3908 | null | true",
                    "TP-Link Archer AX55 | FOREIGN_CONSUMER_ROUTER | false",
                    "TP-Link Archer AX73 | FOREIGN_CONSUMER_ROUTER | true",
                    "TP-Link Archer AX10 | FOREIGN_CONSUMER_ROUTER | false",
                    "Nokia AirScale | null | false");
        }
    }

    private static void line(Statement sql, int row, String gear, boolean covered, String entity, String decision)
            throws SQLException {
        sql.execute("insert into inventory_item (inventory_id, source_file, source_row, site_id, model, quantity,"
                + " covered, entity, confidence, needs_review, reason, reimbursable, overridden, override_decision)"
                + " values (1, 'towers.csv', " + row + ", 'T1', '" + gear + "', 1, " + covered + ", "
                + (entity == null ? "null" : "'" + entity + "'") + ", 0.9, false, 'stored before V7', false, "
                + (decision != null) + ", " + (decision == null ? "null" : "'" + decision + "'") + ")");
    }
}
