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

    /**
     * Counts, where an item is one line of gear whatever its quantity, and the Covered List they reflect.
     *
     * @param mustReplaceItems lines to rip out and replace: covered entity gear, and category gear an engineer
     *                         decided to replace (covered category gear alone is counted in coveredItems, not here)
     * @param categoryItems    lines a category entry of the list speaks to, covered or not (consumer routers ...)
     * @param coveredListAsOf  the day up to which the catalog reflects the Covered List
     * @param catalogVersion   the covered-gear catalog's version
     * The last two are null for inventories the service stored before they existed.
     */
    public record Summary(int sites, int items, int coveredItems, int needsReview, int reimbursableItems,
                          Integer mustReplaceItems, Integer categoryItems, LocalDate coveredListAsOf,
                          String catalogVersion) {
    }

    public record SiteEntry(String siteId, String siteName, Double latitude, Double longitude, String state,
                            boolean critical, Integer subscribers, List<String> dependsOn, List<Integer> accessMonths) {

        public static SiteEntry of(Site site) {
            return new SiteEntry(site.siteId(), site.siteName(), site.latitude(), site.longitude(), site.state(),
                    site.critical(), site.subscribers(), site.dependsOn(), site.accessMonths());
        }
    }

    /**
     * One line of gear and its finding.
     *
     * @param coveredCategory the category entry of the list the line falls in ("FOREIGN_CONSUMER_ROUTER"), covered or
     *                        not, or null
     * @param mustReplace     the line is gear to rip out and replace (what costing and planning take)
     */
    public record ItemEntry(String file, String sheet, int row, String siteId, String vendor, String model,
                            String serial, int quantity, LocalDate purchaseDate, boolean covered, String entity,
                            double confidence, boolean needsReview, String reason, boolean reimbursable,
                            String coveredCategory, boolean mustReplace) {

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
