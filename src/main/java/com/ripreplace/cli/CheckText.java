package com.ripreplace.cli;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.covered.Finding;
import com.ripreplace.inventory.EquipmentLine;
import com.ripreplace.inventory.Problem;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The text form of {@code check}, for an engineer at a terminal: the files and the counts; then the lines that need
 * review and the covered lines, grouped by site, each with where it is and why; then the errors and warnings. A long
 * list is cut after {@link #MOST_TO_REVIEW} or {@link #MOST_COVERED} lines with a count of the rest and a pointer to {@code --format json}.
 */
final class CheckText {

    /** Lines needing review shown before the rest are only counted: each says what to settle, so more are shown. */
    static final int MOST_TO_REVIEW = 40;
    /** Covered lines shown before the rest are only counted. */
    static final int MOST_COVERED = 25;

    private final CheckResult result;
    private final PrintStream out;
    private final boolean severalFiles;

    private CheckText(CheckResult result, PrintStream out) {
        this.result = result;
        this.out = out;
        this.severalFiles = result.inventory().files().size() > 1;
    }

    static void print(CheckResult result, PrintStream out) {
        new CheckText(result, out).print();
    }

    private void print() {
        CheckReport.Summary s = result.summary();
        out.printf(Locale.ROOT, "%s%n", String.join(", ", result.inventory().files().stream()
                .map(f -> f.name() + " (" + f.kind() + ")").toList()));
        out.printf(Locale.ROOT, "Findings reflect the %s%n", result.edition().describe());
        out.printf(Locale.ROOT, "Sites: %,d   Lines of gear: %,d   Covered: %,d   Needs review: %,d   Reimbursable: %,d%n",
                s.sites(), s.items(), s.coveredItems(), s.needsReview(), s.reimbursableItems());
        if (s.categoryItems() != null && s.categoryItems() > 0) {
            out.printf(Locale.ROOT, "To rip out and replace: %,d   In a category listing (consumer routers, hotspots, CPE):"
                    + " %,d, not planned for replacement unless an engineer's override says 'replace'%n",
                    s.mustReplaceItems(), s.categoryItems());
        }
        list("Needs review", MOST_TO_REVIEW, item -> item.finding().needsReview());
        list("Covered gear not needing review", MOST_COVERED, item -> item.finding().covered()
                && !item.finding().needsReview());
        list("In a category listing, may stay in service", MOST_COVERED, item -> item.finding().coveredCategory() != null
                && !item.finding().covered() && !item.finding().needsReview());
        List<Problem> errors = result.inventory().errors();
        List<Problem> warnings = result.inventory().warnings();
        if (!errors.isEmpty()) {
            out.printf(Locale.ROOT, "%nThe inventory cannot be used: %d %s. Nothing was imported.%n", errors.size(),
                    errors.size() == 1 ? "error" : "errors");
            errors.forEach(p -> out.println("  ERROR   " + p.describe()));
        }
        if (!warnings.isEmpty()) {
            out.printf(Locale.ROOT, "%n%d %s:%n", warnings.size(), warnings.size() == 1 ? "warning" : "warnings");
            warnings.forEach(p -> out.println("  WARNING " + p.describe()));
        }
        out.flush();
    }

    /** The lines the test selects, grouped by site in the inventory's order, the first {@code most} shown. */
    private void list(String title, int most, Predicate<CheckedItem> selected) {
        Map<String, List<CheckedItem>> bySite = new LinkedHashMap<>();
        for (CheckedItem item : result.items()) {
            if (selected.test(item)) {
                bySite.computeIfAbsent(item.line().siteId(), site -> new ArrayList<>()).add(item);
            }
        }
        if (bySite.isEmpty()) {
            return;
        }
        int total = bySite.values().stream().mapToInt(List::size).sum();
        out.printf(Locale.ROOT, "%n%s (%,d %s at %,d %s):%n", title, total, total == 1 ? "line" : "lines",
                bySite.size(), bySite.size() == 1 ? "site" : "sites");
        int shown = 0;
        int sitesShown = 0;
        for (Map.Entry<String, List<CheckedItem>> site : bySite.entrySet()) {
            if (shown >= most) {
                break;
            }
            sitesShown++;
            List<CheckedItem> lines = site.getValue();
            out.printf(Locale.ROOT, "  Site %s (%d %s)%n", site.getKey(), lines.size(), lines.size() == 1 ? "line" : "lines");
            for (CheckedItem item : lines) {
                if (shown >= most) {
                    break;
                }
                out.println("    " + describe(item));
                out.println("      " + item.finding().reason());
                shown++;
            }
        }
        if (shown < total) {
            int moreSites = bySite.size() - sitesShown;
            out.printf(Locale.ROOT, "  … and %,d more %s%s; `check --format json` lists every line with its reason.%n",
                    total - shown, total - shown == 1 ? "line" : "lines",
                    moreSites > 0 ? String.format(Locale.ROOT, " (%,d more %s)", moreSites,
                            moreSites == 1 ? "site" : "sites") : "");
        }
    }

    /** Where the line is, what it is and the verdict, on one line; the reason follows on the next. */
    private String describe(CheckedItem item) {
        EquipmentLine line = item.line();
        Finding finding = item.finding();
        StringBuilder text = new StringBuilder();
        if (severalFiles) {
            text.append(line.source().file()).append(" › ");
        }
        if (line.source().sheet() != null) {
            text.append(line.source().sheet()).append(" › ");
        }
        text.append("row ").append(line.source().row()).append(": ");
        List<String> what = new ArrayList<>();
        if (line.vendor() != null) {
            what.add(line.vendor());
        }
        if (line.model() != null) {
            what.add(line.model());
        }
        if (what.isEmpty() && line.description() != null) {
            what.add(line.description());
        }
        text.append(String.join(" ", what));
        if (line.serial() != null) {
            text.append(", S/N ").append(line.serial());
        }
        if (line.quantity() != 1) {
            text.append(", qty ").append(line.quantity());
        }
        text.append(" — ");
        if (finding.needsReview()) {
            text.append("to review, ");
        }
        if (finding.covered()) {
            text.append(finding.entity() == null ? "covered" : finding.entity());
            if (finding.coveredCategory() != null) {
                text.append(finding.mustReplace() ? ", to be replaced" : ", not to be ripped out");
            }
            text.append(finding.reimbursable() ? ", reimbursable" : ", not reimbursable");
        } else if (finding.coveredCategory() != null) {
            text.append("not covered, in the ").append(finding.coveredCategory()).append(" listing: may stay in service");
        } else {
            text.append("not covered");
        }
        return text.toString();
    }
}
