package com.ripreplace.check;

import com.ripreplace.inventory.Problem;
import com.ripreplace.inventory.Site;

import java.time.LocalDate;
import java.util.List;

/**
 * The check report of the contract (docs/contracts.md): a summary, the sites, every line of gear
 * with its finding, and the errors and warnings. Its shape is what other programs rely on.
 */
public record CheckReport(Summary summary, List<SiteEntry> sites, List<ItemEntry> items, List<ProblemEntry> errors,
                          List<ProblemEntry> warnings) {

    /** Counts, where an item is one line of gear whatever its quantity. */
    public record Summary(int sites, int items, int coveredItems, int needsReview, int reimbursableItems) {
    }

    public record SiteEntry(String siteId, String siteName, Double latitude, Double longitude, String state,
                            boolean critical, Integer subscribers, List<String> dependsOn, List<Integer> accessMonths) {

        public static SiteEntry of(Site site) {
            return new SiteEntry(site.siteId(), site.siteName(), site.latitude(), site.longitude(), site.state(),
                    site.critical(), site.subscribers(), site.dependsOn(), site.accessMonths());
        }
    }

    public record ItemEntry(String file, String sheet, int row, String siteId, String vendor, String model,
                            String serial, int quantity, LocalDate purchaseDate, boolean covered, String entity,
                            double confidence, boolean needsReview, String reason, boolean reimbursable) {

        /** A confidence as the report shows it: to two decimals. */
        public static double shown(double confidence) {
            return Math.round(confidence * 100) / 100.0;
        }
    }

    public record ProblemEntry(String file, String sheet, Integer row, String column, String message) {

        public static ProblemEntry of(Problem problem) {
            return new ProblemEntry(problem.file(), problem.sheet(), problem.row(), problem.column(), problem.message());
        }
    }
}
