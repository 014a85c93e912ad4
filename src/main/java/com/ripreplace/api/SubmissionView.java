package com.ripreplace.api;

import com.ripreplace.persistence.SubmissionStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import com.ripreplace.service.Settings;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/**
 * A submission as reviewers and carriers read it: what was frozen (the plan's settings and result, the inventory's
 * and the workbook's SHA-256), its status, the decision with its comment, and the submissions it answers or that
 * answer it.
 */
@Serdeable
public record SubmissionView(long id, String status, String carrier, @Nullable String carrierName, long planId,
                             long inventoryId, String submittedBy, OffsetDateTime submittedAt, @Nullable String note,
                             @Nullable Long answers, @Nullable Long answeredBy, String inventorySha256,
                             String workbookSha256, @Nullable Decision decision, Settings settings,
                             @Nullable PlanResultView result, Links links) {

    @Serdeable
    public record Decision(String decision, @Nullable String comment, String decidedBy, OffsetDateTime decidedAt) {
    }

    @Serdeable
    public record Links(String self, String workbook, String plan, String inventory, @Nullable String answers,
                        @Nullable String answeredBy) {
    }

    public static SubmissionView of(SubmissionStore.Reviewed reviewed, JsonMapper json) {
        var s = reviewed.submission();
        Long answeredBy = reviewed.answeredBy().orElse(null);
        try {
            return new SubmissionView(s.id(), reviewed.status(), s.carrierFrn(), s.carrierName(), s.planId(),
                    s.inventoryId(), s.submittedBy(), s.submittedAt(), s.note(), s.answersId(), answeredBy,
                    s.inventorySha256(), s.workbookSha256(),
                    reviewed.decision().map(d -> new Decision(d.decision(), d.comment(), d.decidedBy(), d.decidedAt()))
                            .orElse(null),
                    json.readValue(s.settings(), Settings.class),
                    json.readValue(s.result(), PlanResultView.class),
                    new Links("/api/submissions/" + s.id(), "/api/submissions/" + s.id() + "/workbook",
                            "/api/plans/" + s.planId(), "/api/inventories/" + s.inventoryId(),
                            s.answersId() == null ? null : "/api/submissions/" + s.answersId(),
                            answeredBy == null ? null : "/api/submissions/" + answeredBy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
