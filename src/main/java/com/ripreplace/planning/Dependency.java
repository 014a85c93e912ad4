package com.ripreplace.planning;

/**
 * Site {@code siteId} may start only after site {@code prerequisiteId} has finished. Held by id, not by
 * job, because the solver clones its jobs and a fact must find the clones.
 */
public record Dependency(String siteId, String prerequisiteId) {
}
