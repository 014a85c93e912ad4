package com.ripreplace.api;

import com.ripreplace.service.InvalidSettingsException;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the entries, which page (0 first), its size, and how many entries the whole list holds.
 */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

    static final int LARGEST_PAGE = 1_000;

    static <R, T> PageView<T> of(Page<R> page, Function<R, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getPageNumber(), page.getSize(),
                page.getTotalSize(), page.getTotalPages());
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidSettingsException("page must be 0 or more (0 is the first page); found " + page + ".");
        }
        if (size < 1 || size > LARGEST_PAGE) {
            throw new InvalidSettingsException("size must lie between 1 and " + LARGEST_PAGE + "; found " + size + ".");
        }
    }
}
