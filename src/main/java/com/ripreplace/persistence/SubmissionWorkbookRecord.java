package com.ripreplace.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The workbook's bytes as they were submitted, kept apart so listing submissions never loads them. */
@MappedEntity("submission_workbook")
public record SubmissionWorkbookRecord(@Id Long submissionId, byte[] content) {
}
