package com.ripreplace.web;

import com.ripreplace.access.Audit;
import com.ripreplace.access.Viewer;
import com.ripreplace.api.Viewers;
import com.ripreplace.persistence.AuditRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/** {@code GET /activity}: the audit log, newest first: every entry for administrators, the carrier's for its people. */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActivityPage {

    static final int ENTRIES_PER_PAGE = 50;

    private final Audit audit;

    ActivityPage(Audit audit) {
        this.audit = audit;
    }

    /** One entry as the table shows it. */
    public record Entry(String at, String who, String role, String action, String target, String detail,
                        String address) {
        static Entry of(AuditRecord r) {
            return new Entry(Shown.time(r.at()), r.username() == null ? "(nobody signed in)" : r.username(),
                    r.role() == null ? "" : r.role(), r.action(), InventoryPages.nz(r.target()),
                    InventoryPages.nz(r.detail()), InventoryPages.nz(r.address()));
        }
    }

    @Get(uri = "/activity", produces = MediaType.TEXT_HTML)
    @View("activity")
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public Map<String, Object> activity(@Nullable @QueryValue String page, Authentication authentication) {
        Viewer viewer = Viewers.of(authentication);
        int number = Pager.number(page);
        Page<AuditRecord> found = audit.page(viewer, number - 1, ENTRIES_PER_PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", found.getContent().stream().map(Entry::of).toList());
        model.put("pager", Pager.of(number, found.getTotalPages(), found.getTotalSize(), "/activity"));
        model.put("scope", viewer.isAdministrator() ? "Every carrier's entries and the programme's own."
                : "Entries for carrier FRN " + viewer.carrierFrn() + ".");
        return model;
    }
}
