package com.ripreplace.api;

import com.ripreplace.persistence.PlanRecord;
import com.ripreplace.service.Settings;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A plan as the API shows it: {@code {id, inventoryId, status, progress, result}} and when, with what settings,
 * why it ended (for a plan that failed, was cancelled or interrupted) and where its workbook is.
 *
 * @param status   QUEUED, SOLVING, DONE, FAILED, CANCELLED or INTERRUPTED
 * @param progress time spent solving so far (or in all), the stage being solved (the plan, then for a late or
 *                 cash-short plan its bridge financing and what-ifs) and that stage's best score so far
 * @param result   the result summary, once DONE (else null)
 */
@Serdeable
public record PlanView(long id, long inventoryId, String status, Progress progress, PlanResultView result,
                       Settings settings, OffsetDateTime createdAt, OffsetDateTime startedAt,
                       OffsetDateTime finishedAt, String message, Links links) {

    @Serdeable
    public record Progress(double elapsedSeconds, String bestScore, Boolean feasible, String stage) {
    }

    @Serdeable
    public record Links(String self, String workbook, String inventory) {
    }

    public static PlanView of(PlanRecord p, JsonMapper json) {
        OffsetDateTime end = p.finishedAt() != null ? p.finishedAt()
                : p.startedAt() != null ? OffsetDateTime.now(ZoneOffset.UTC) : null;
        double elapsed = p.startedAt() == null || end == null ? 0
                : Math.max(0, Duration.between(p.startedAt(), end).toMillis()) / 1000.0;
        try {
            return new PlanView(p.id(), p.inventoryId(), p.status(), new Progress(elapsed, p.bestScore(), p.feasible(), p.stage()),
                    p.result() == null ? null : json.readValue(p.result(), PlanResultView.class),
                    json.readValue(p.settings(), Settings.class), p.createdAt(), p.startedAt(), p.finishedAt(),
                    p.message(), new Links("/api/plans/" + p.id(),
                    "DONE".equals(p.status()) ? "/api/plans/" + p.id() + "/workbook" : null,
                    "/api/inventories/" + p.inventoryId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
