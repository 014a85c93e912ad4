package com.ripreplace.api;

import com.ripreplace.access.Audit;
import com.ripreplace.persistence.AuditRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;

/** The audit log, newest first: every entry for grant administrators, their carrier's for everyone else. */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    /** One step: who (name and role), when, what on which thing, from which address, for which carrier. */
    @Serdeable
    public record Entry(long id, OffsetDateTime at, @Nullable String username, @Nullable String role,
                        @Nullable String carrier, String action, @Nullable String target, @Nullable String detail,
                        @Nullable String address) {

        static Entry of(AuditRecord r) {
            return new Entry(r.id(), r.at(), r.username(), r.role(), r.carrierFrn(), r.action(), r.target(),
                    r.detail(), r.address());
        }
    }

    @Get
    @Secured({"ENGINEER", "FINANCE", "GRANT_ADMIN"})
    public PageView<Entry> list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                                Authentication authentication) {
        PageView.check(page, size);
        return PageView.of(audit.page(Viewers.of(authentication), page, size), Entry::of);
    }
}
