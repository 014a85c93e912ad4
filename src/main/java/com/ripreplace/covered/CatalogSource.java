package com.ripreplace.covered;

/** A source a catalog fact comes from (an FCC public notice, the IEEE registry, ...). */
public record CatalogSource(String id, String title, String url, String dated) {
}
