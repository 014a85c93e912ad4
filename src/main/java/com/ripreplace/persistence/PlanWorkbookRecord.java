package com.ripreplace.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A finished plan's workbook (.xlsx bytes). */
@MappedEntity("plan_workbook")
public record PlanWorkbookRecord(@Id Long planId, byte[] content) {
}
