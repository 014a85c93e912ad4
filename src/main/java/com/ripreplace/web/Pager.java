package com.ripreplace.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under a long table: "Page 2 of 7", previous, next, and the numbers around the one shown.
 * Pages are counted from 1 in links and words (the stores count from 0).
 *
 * @param base the path and query of the page without its page number, such as {@code /inventories/3?covered=true}
 */
public record Pager(int page, int totalPages, long total, String previous, String next, List<Link> links) {

    /** One numbered link; {@code current} marks the page shown. */
    public record Link(int number, String href, boolean current) {
    }

    static Pager of(int page, int totalPages, long total, String base) {
        return of(page, totalPages, total, base, "page", "");
    }

    /**
     * Page links for a second list on a page: its number under {@code param} (such as {@code sitesPage}), and the
     * links lead to {@code fragment} (such as {@code #sites-title}) so the reader lands on the list.
     */
    static Pager of(int page, int totalPages, long total, String base, String param, String fragment) {
        int last = Math.max(1, totalPages);
        List<Link> links = new ArrayList<>();
        for (int n = Math.max(1, page - 3); n <= Math.min(last, page + 3); n++) {
            links.add(new Link(n, href(base, n, param, fragment), n == page));
        }
        return new Pager(page, last, total, page > 1 ? href(base, page - 1, param, fragment) : null,
                page < last ? href(base, page + 1, param, fragment) : null, links);
    }

    /** Whether there is more than one page (else no page links are shown). */
    public boolean several() {
        return totalPages > 1;
    }

    private static String href(String base, int number, String param, String fragment) {
        if (number == 1) {
            return base + fragment;
        }
        return base + (base.contains("?") ? "&" : "?") + param + "=" + number + fragment;
    }

    /** A page number from a query, 1 when it is missing or not a positive number. */
    static int number(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
