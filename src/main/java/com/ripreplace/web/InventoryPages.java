package com.ripreplace.web;

import com.ripreplace.access.Role;
import com.ripreplace.access.Viewer;
import com.ripreplace.api.ClientAddress;
import com.ripreplace.api.UploadedFiles;
import com.ripreplace.api.Viewers;
import com.ripreplace.check.CheckReport;
import com.ripreplace.persistence.InventoryRecord;
import com.ripreplace.persistence.InventoryStore;
import com.ripreplace.persistence.ItemRecord;
import com.ripreplace.persistence.SiteRecord;
import com.ripreplace.service.CarrierScope;
import com.ripreplace.service.Findings;
import com.ripreplace.service.NotFoundException;
import com.ripreplace.service.Uploads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engineer's inventory pages: the carrier's inventories with the upload form ({@code /inventories}), one
 * inventory with its sites and lines of gear ({@code /inventories/{id}}), and the form that confirms or dismisses a
 * line's finding. Uploads and decisions go through the same services as the API's ({@link Uploads},
 * {@link Findings}), so both check, store and audit alike.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class InventoryPages {

    static final int INVENTORIES_PER_PAGE = 20;
    static final int LINES_PER_PAGE = 100;
    static final int SITES_PER_PAGE = 50;

    private final InventoryStore store;
    private final CarrierScope scope;
    private final Uploads uploads;
    private final Findings findings;

    InventoryPages(InventoryStore store, CarrierScope scope, Uploads uploads, Findings findings) {
        this.store = store;
        this.scope = scope;
        this.uploads = uploads;
        this.findings = findings;
    }

    /** An inventory in the list. */
    public record Listed(long id, String href, String uploadedAt, String carrierName, String frn, int sites, int items,
                         int covered, int needsReview, int reimbursable) {
        static Listed of(InventoryRecord i) {
            return new Listed(i.id(), "/inventories/" + i.id(), Shown.time(i.createdAt()),
                    i.carrierName() == null ? "" : i.carrierName(), i.frn() == null ? "" : i.frn(), i.siteCount(),
                    i.itemCount(), i.coveredItemCount(), i.needsReviewCount(), i.reimbursableItemCount());
        }
    }

    /** A problem of an upload as the errors table shows it: file, sheet, row, column letter, message. */
    public record Problem(String file, String sheet, String row, String column, String message) {
        static Problem of(CheckReport.ProblemEntry p) {
            return new Problem(p.file(), p.sheet() == null ? "" : p.sheet(), p.row() == null ? "" : p.row().toString(),
                    p.column() == null ? "" : p.column(), p.message());
        }
    }

    @Get(uri = "/inventories", produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE"})
    public HttpResponse<?> inventories(@Nullable @QueryValue String page, Authentication authentication) {
        return HttpResponse.ok(listPage(Viewers.of(authentication), Pager.number(page), new HashMap<>()));
    }

    /** Checks and stores the files; the inventory's page when they are usable, else this page with the errors. */
    @Post(uri = "/inventories", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @Secured("ENGINEER")
    public HttpResponse<?> upload(@Body MultipartBody body, Authentication authentication, HttpRequest<?> request)
            throws IOException {
        Viewer viewer = Viewers.of(authentication);
        Map<String, Object> model = new HashMap<>();
        try (UploadedFiles received = UploadedFiles.receive(body)) {
            if (received.chosen().isEmpty()) {
                model.put("uploadMessage", "Choose at least one inventory file (.xlsx, .xls or .csv) to upload.");
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(listPage(viewer, 1, model));
            }
            Uploads.Outcome outcome = uploads.upload(viewer, received.chosen(), ClientAddress.of(request));
            if (outcome.stored()) {
                return HttpResponse.seeOther(URI.create("/inventories/" + outcome.id()));
            }
            var errors = outcome.result().inventory().errors();
            model.put("uploadMessage", "The inventory cannot be used: " + Shown.count(errors.size(), "error", "errors")
                    + " to fix in " + String.join(", ", received.chosen().stream().map(f -> f.name()).toList())
                    + ". Nothing was stored.");
            model.put("uploadErrors", errors.stream().map(CheckReport.ProblemEntry::of).map(Problem::of).toList());
            model.put("uploadWarnings", outcome.result().inventory().warnings().stream()
                    .map(CheckReport.ProblemEntry::of).map(Problem::of).toList());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(listPage(viewer, 1, model));
        }
    }

    private ModelAndView<Map<String, Object>> listPage(Viewer viewer, int page, Map<String, Object> model) {
        Page<InventoryRecord> found = store.inventories(viewer.carrierFrn(), page - 1, INVENTORIES_PER_PAGE);
        model.put("inventories", found.getContent().stream().map(Listed::of).toList());
        model.put("pager", Pager.of(page, found.getTotalPages(), found.getTotalSize(), "/inventories"));
        model.put("canUpload", viewer.role() == Role.ENGINEER);
        model.put("frn", viewer.carrierFrn());
        model.putIfAbsent("uploadErrors", List.of());
        model.putIfAbsent("uploadWarnings", List.of());
        model.putIfAbsent("uploadMessage", null);
        return new ModelAndView<>("inventories", model);
    }

    /** A site as the sites table shows it. */
    public record SiteRow(String siteId, String name, String state, String location, String critical,
                          String subscribers, String dependsOn, String accessMonths) {
        static SiteRow of(SiteRecord s) {
            return new SiteRow(s.siteId(), s.siteName() == null ? "" : s.siteName(), s.state() == null ? "" : s.state(),
                    s.latitude() == null || s.longitude() == null ? ""
                            : String.format(java.util.Locale.ROOT, "%.4f, %.4f", s.latitude(), s.longitude()),
                    Shown.yesNo(s.critical()), s.subscribers() == null ? "" : String.format(java.util.Locale.US, "%,d",
                    s.subscribers()), s.dependsOn().replace(",", ", "), s.accessMonths().replace(",", ", "));
        }
    }

    /**
     * A line of gear as the lines table shows it, with the engineer's decision if any; {@code inCategory} for a line a
     * category entry of the list speaks to (a consumer router), which stays in service unless {@code mustReplace}.
     */
    public record Line(long id, String anchor, String where, String siteId, String vendor, String model, String serial,
                       int quantity, boolean covered, String entity, String confidence, boolean reimbursable,
                       boolean needsReview, String reason, String decision, String decisionReason,
                       boolean inCategory, boolean mustReplace) {
        static Line of(ItemRecord r) {
            return new Line(r.id(), "line-" + r.id(), r.sourceFile() + (r.sourceSheet() == null ? "" : " › " + r.sourceSheet())
                    + " › row " + r.sourceRow(), r.siteId(), nz(r.vendor()), nz(r.model()), nz(r.serial()), r.quantity(),
                    r.covered(), nz(r.entity()).replace('_', ' '), Shown.percent(CheckReport.ItemEntry.shown(r.confidence())),
                    r.reimbursable(), r.needsReview(), nz(r.reason()),
                    r.overrideDecision() == null ? null
                            : "DISMISS".equals(r.overrideDecision()) ? "Dismissed: not covered"
                            : "REPLACE".equals(r.overrideDecision()) ? "Covered, to be replaced" : "Confirmed: covered",
                    nz(r.overrideReason()), r.coveredCategory() != null, r.mustReplace());
        }

        public String reasonLabel() {
            return "Reason for " + (serial.isEmpty() ? "line " + id : serial);
        }
    }

    /** Which lines the page shows: all, covered only, needing review only, or both. */
    record Filter(boolean covered, boolean needsReview) {

        String query(int page) {
            List<String> parts = new ArrayList<>();
            if (covered) {
                parts.add("covered=true");
            }
            if (needsReview) {
                parts.add("needsReview=true");
            }
            if (page > 1) {
                parts.add("page=" + page);
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }

        InventoryStore.ItemFilter stored() {
            return new InventoryStore.ItemFilter(covered ? Boolean.TRUE : null, needsReview ? Boolean.TRUE : null, null);
        }

        static Filter of(String covered, String needsReview) {
            return new Filter(on(covered), on(needsReview));
        }

        private static boolean on(String value) {
            return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
        }
    }

    @Get(uri = "/inventories/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public HttpResponse<?> inventory(@PathVariable long id, @Nullable @QueryValue String covered,
                                     @Nullable @QueryValue String needsReview, @Nullable @QueryValue String page,
                                     @Nullable @QueryValue String sitesPage, @Nullable @QueryValue String decided,
                                     Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        if (decided != null && decided.matches("\\d{1,18}")) {
            store.item(id, Long.parseLong(decided)).filter(ItemRecord::overridden).map(Line::of).ifPresent(line ->
                    model.put("decidedMessage", "Saved for " + line.vendor() + " " + line.model()
                            + (line.serial().isEmpty() ? "" : " (serial " + line.serial() + ")") + ": "
                            + line.decision() + ". " + line.decisionReason()));
        }
        return HttpResponse.ok(inventoryPage(Viewers.of(authentication), id, Filter.of(covered, needsReview),
                Pager.number(page), Pager.number(sitesPage), model));
    }

    /** Confirms, dismisses or marks for replacement one line's finding; back to the same page and filters, or the page with the message. */
    @Post(uri = "/inventories/{id}/items/{itemId}/finding", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured("ENGINEER")
    public HttpResponse<?> decide(@PathVariable long id, @PathVariable long itemId,
                                  @Body Map<String, String> form, Authentication authentication,
                                  HttpRequest<?> request) {
        Viewer viewer = Viewers.of(authentication);
        Filter filter = Filter.of(form.get("covered"), form.get("needsReview"));
        int page = Pager.number(form.get("page"));
        Findings.Outcome outcome = findings.decide(viewer, id, itemId, form.get("decision"), form.get("reason"),
                ClientAddress.of(request));
        if (outcome instanceof Findings.Saved) {
            String query = filter.query(page);
            return HttpResponse.seeOther(URI.create("/inventories/" + id + query + (query.isEmpty() ? "?" : "&")
                    + "decided=" + itemId + "#line-" + itemId));
        }
        if (outcome instanceof Findings.NoSuchLine missing) {
            throw new NotFoundException(missing.message());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("decisionItem", itemId);
        model.put("decisionMessage", "Nothing was saved: give a reason for the decision on this line, for the grant "
                + "reviewer.");
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(inventoryPage(viewer, id, filter, page, 1, model));
    }

    private ModelAndView<Map<String, Object>> inventoryPage(Viewer viewer, long id, Filter filter, int page,
                                                            int sitesPage, Map<String, Object> model) {
        scope.inventory(viewer, id);
        InventoryStore.Stored stored = store.find(id).orElseThrow(() -> NotFoundException.inventory(id));
        Page<ItemRecord> lines = store.items(id, filter.stored(), page - 1, LINES_PER_PAGE)
                .orElseThrow(() -> NotFoundException.inventory(id));
        InventoryRecord i = stored.inventory();
        model.put("inventory", Listed.of(i));
        model.put("files", stored.files().stream().map(f -> f.name()).toList());
        Page<SiteRecord> sites = store.sites(id, sitesPage - 1, SITES_PER_PAGE)
                .orElseThrow(() -> NotFoundException.inventory(id));
        model.put("sites", sites.getContent().stream().map(SiteRow::of).toList());
        model.put("sitesPager", Pager.of(sitesPage, sites.getTotalPages(), sites.getTotalSize(),
                "/inventories/" + id + filter.query(page), "sitesPage", "#sites-title"));
        model.put("firstSite", (long) (sitesPage - 1) * SITES_PER_PAGE + (sites.getContent().isEmpty() ? 0 : 1));
        model.put("lastSite", (long) (sitesPage - 1) * SITES_PER_PAGE + sites.getContent().size());
        model.put("warnings", stored.warnings().stream().map(w -> new Problem(w.sourceFile(),
                w.sourceSheet() == null ? "" : w.sourceSheet(), w.sourceRow() == null ? "" : w.sourceRow().toString(),
                w.columnRef() == null ? "" : w.columnRef(), w.message())).toList());
        model.put("lines", lines.getContent().stream().map(Line::of).toList());
        model.put("filter", filter);
        model.put("filtered", filter.covered() || filter.needsReview());
        model.put("pager", Pager.of(page, lines.getTotalPages(), lines.getTotalSize(),
                "/inventories/" + id + filter.query(1)));
        model.put("firstLine", (long) (page - 1) * LINES_PER_PAGE + (lines.getContent().isEmpty() ? 0 : 1));
        model.put("lastLine", (long) (page - 1) * LINES_PER_PAGE + lines.getContent().size());
        model.put("page", page);
        model.put("canDecide", viewer.role() == Role.ENGINEER);
        model.put("canPlan", viewer.role() == Role.ENGINEER || viewer.role() == Role.FINANCE);
        model.put("canEstimate", viewer.role() == Role.FINANCE);
        model.putIfAbsent("decisionItem", -1L);
        model.putIfAbsent("decisionMessage", null);
        model.putIfAbsent("decidedMessage", null);
        return new ModelAndView<>("inventory", model);
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
