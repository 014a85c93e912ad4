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
 * as covered stays in service, one marked 'replace' and every covered Huawei or ZTE line are replaced, a router
 * authorised before the listing keeps its category, and the inventory's counts follow.
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
            line(sql, 6, "TP-Link Archer C7", false, null, null, ROUTER_SENTENCE + " Authorised before the listing.");
            line(sql, 7, "Ubiquiti EdgeRouter", false, null, "DISMISS", ROUTER_SENTENCE + " Carrier-grade.");

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
                    "Nokia AirScale | null | false",
                    "TP-Link Archer C7 | FOREIGN_CONSUMER_ROUTER | false",
                    "Ubiquiti EdgeRouter | null | false");
            try (ResultSet r = sql.executeQuery("select must_replace_item_count, category_item_count, covered_list_as_of"
                    + " from inventory where id = 1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).as("lines to replace").isEqualTo(2);
                assertThat(r.getInt(2)).as("category lines").isEqualTo(4);
                assertThat(r.getDate(3)).as("the Covered List of an inventory stored before: unknown").isNull();
            }
        }
    }

    /** The category's sentence as the findings of the previous build gave it. */
    private static final String ROUTER_SENTENCE = "Consumer-grade routers produced in a foreign country (with mobile"
            + " hotspots and 5G / fixed-wireless customer premises equipment) are on the Covered List since"
            + " 23 March 2026, as a category, not a company.";

    private static void line(Statement sql, int row, String gear, boolean covered, String entity, String decision)
            throws SQLException {
        line(sql, row, gear, covered, entity, decision, "stored before V7");
    }

    private static void line(Statement sql, int row, String gear, boolean covered, String entity, String decision,
                             String reason) throws SQLException {
        sql.execute("insert into inventory_item (inventory_id, source_file, source_row, site_id, model, quantity,"
                + " covered, entity, confidence, needs_review, reason, reimbursable, overridden, override_decision)"
                + " values (1, 'towers.csv', " + row + ", 'T1', '" + gear + "', 1, " + covered + ", "
                + (entity == null ? "null" : "'" + entity + "'") + ", 0.9, false, '" + reason + "', false, "
                + (decision != null) + ", " + (decision == null ? "null" : "'" + decision + "'") + ")");
    }
}
