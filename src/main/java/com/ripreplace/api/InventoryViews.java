package com.ripreplace.api;

import com.ripreplace.check.CheckReport;
import com.ripreplace.check.CheckResult;
import com.ripreplace.persistence.InventoryRecord;
import com.ripreplace.persistence.FileRecord;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.ItemRecord;
import com.ripreplace.persistence.SiteRecord;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** What the inventory endpoints answer, in the check report's vocabulary. */
final class InventoryViews {

    private InventoryViews() {
    }

    /**
     * The answer to an accepted upload: the stored inventory's id, its counts and warnings, and where to read it and
     * its lines (not every line again: a large inventory's lines are read a page at a time).
     */
    @Serdeable
    record Created(long id, String carrierName, String frn, String carrier, CheckReport.Summary summary,
                   List<CheckReport.ProblemEntry> warnings, Links links) {

        /** @param carrier the FRN of the carrier it is stored for (the uploader's); {@code more} warnings of the upload */
        static Created of(long id, CheckResult result, String carrier, List<CheckReport.ProblemEntry> more) {
            var program = result.inventory().program();
            List<CheckReport.ProblemEntry> warnings = new java.util.ArrayList<>(
                    result.inventory().warnings().stream().map(CheckReport.ProblemEntry::of).toList());
            warnings.addAll(more);
            return new Created(id, program.carrierName(), program.frn(), carrier, result.summary(), warnings,
                    Links.of(id));
        }
    }

    /** Where a stored inventory's parts are read. */
    @Serdeable
    record Links(String self, String sites, String items, String estimate, String plans) {
        static Links of(long id) {
            String self = "/api/inventories/" + id;
            return new Links(self, self + "/sites", self + "/items", self + "/estimate", self + "/plans");
        }
    }

    /** The answer to a refused upload: what is wrong, where (file, sheet, row, column); nothing was stored. */
    @Serdeable
    record Refused(String message, List<CheckReport.ProblemEntry> errors, List<CheckReport.ProblemEntry> warnings) {
        static Refused of(CheckResult result) {
            var errors = result.inventory().errors();
            return new Refused("The inventory cannot be used: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " to fix (listed with file, sheet, row and column); nothing was stored.",
                    errors.stream().map(CheckReport.ProblemEntry::of).toList(),
                    result.inventory().warnings().stream().map(CheckReport.ProblemEntry::of).toList());
        }
    }

    /** An inventory in the list: its id, when, whose, and its counts. */
    @Serdeable
    record Listed(long id, OffsetDateTime createdAt, String carrierName, String frn, String carrier,
                  CheckReport.Summary summary, Links links) {
        static Listed of(InventoryRecord i) {
            return new Listed(i.id(), i.createdAt(), i.carrierName(), i.frn(), i.carrierFrn(), summaryOf(i),
                    Links.of(i.id()));
        }
    }

    private static CheckReport.Summary summaryOf(InventoryRecord i) {
        return new CheckReport.Summary(i.siteCount(), i.itemCount(), i.coveredItemCount(), i.needsReviewCount(),
                i.reimbursableItemCount(), i.mustReplaceItemCount(), i.categoryItemCount(), i.coveredListAsOf(),
                i.catalogVersion());
    }

    @Serdeable
    record FileView(String name, String kind, String sha256) {
    }

    @Serdeable
    record InventoryView(long id, OffsetDateTime createdAt, String carrierName, String frn, String carrier,
                         List<FileView> files,
                         CheckReport.Summary summary, List<CheckReport.ProblemEntry> warnings, Links links) {

        static InventoryView of(InventoryStore.Stored stored) {
            var i = stored.inventory();
            return new InventoryView(i.id(), i.createdAt(), i.carrierName(), i.frn(), i.carrierFrn(),
                    stored.files().stream().map(InventoryViews::file).toList(),
                    summaryOf(i),
                    stored.warnings().stream().map(w -> new CheckReport.ProblemEntry(w.sourceFile(), w.sourceSheet(),
                            w.sourceRow(), w.columnRef(), w.message())).toList(), Links.of(i.id()));
        }
    }

    /** A stored line of gear: the check report's item with the id that addresses it. */
    @Serdeable
    record ItemView(long id, String file, String sheet, int row, String siteId, String vendor, String model,
                    String serial, String category, int quantity, LocalDate purchaseDate, boolean covered,
                    String entity, String coveredCategory, boolean mustReplace, double confidence,
                    boolean needsReview, String reason, boolean reimbursable, boolean overridden,
                    OverrideView override) {

        static ItemView of(ItemRecord r) {
            return new ItemView(r.id(), r.sourceFile(), r.sourceSheet(), r.sourceRow(), r.siteId(), r.vendor(),
                    r.model(), r.serial(), r.category(), r.quantity(), r.purchaseDate(), r.covered(), r.entity(),
                    r.coveredCategory(), r.mustReplace(), CheckReport.ItemEntry.shown(r.confidence()), r.needsReview(), r.reason(), r.reimbursable(),
                    r.overridden(), r.overrideDecision() == null ? null
                            : new OverrideView(OverrideView.wordFor(r.overrideDecision()), r.overrideReason()));
        }
    }

    /**
     * An engineer's decision as the API shows and takes it: {"decision": "covered" | "not covered" | "replace",
     * "reason": "..."}; "replace" is for gear a category entry covers, which is otherwise left in service.
     */
    @Serdeable
    record OverrideView(String decision, String reason) {

        static String wordFor(String decision) {
            return "DISMISS".equals(decision) ? "not covered" : "REPLACE".equals(decision) ? "replace" : "covered";
        }
    }

    private static FileView file(FileRecord f) {
        return new FileView(f.name(), f.kind(), f.sha256());
    }

    static CheckReport.SiteEntry site(SiteRecord s) {
        return new CheckReport.SiteEntry(s.siteId(), s.siteName(), s.latitude(), s.longitude(), s.state(), s.critical(),
                s.subscribers(), split(s.dependsOn()), split(s.accessMonths()).stream().map(Integer::valueOf).toList());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
