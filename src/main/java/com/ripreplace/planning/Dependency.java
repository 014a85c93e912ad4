package com.ripreplace.planning;

/** Site {@code site} may start only after {@code prerequisite} has finished. */
public record Dependency(SiteJob site, SiteJob prerequisite) {
}
