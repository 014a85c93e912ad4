package com.ripreplace.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A grant administrator's decision on a submission (APPROVED or RETURNED), at most one per submission. */
@MappedEntity("submission_decision")
public record SubmissionDecisionRecord(@Id Long submissionId, String decision, @Nullable String comment,
                                       String decidedBy, OffsetDateTime decidedAt) {
}
