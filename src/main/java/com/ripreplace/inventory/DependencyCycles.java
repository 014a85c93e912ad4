package com.ripreplace.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a circle in the sites' Depends On links (depth-first search, iterative so deep chains are safe). */
final class DependencyCycles {

    private final Map<String, SiteDraft> sites;

    DependencyCycles(Map<String, SiteDraft> sites) {
        this.sites = sites;
    }

    /** The site ids of one cycle in dependency order, if there is one. */
    Optional<List<String>> find() {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : sites.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            next.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                SiteDraft site = sites.get(path.get(top));
                int i = next.get(top);
                if (i < site.dependsOn.size()) {
                    next.set(top, i + 1);
                    String dependency = SiteDraft.key(site.dependsOn.get(i));
                    Integer seen = state.get(dependency);
                    if (seen == null && sites.containsKey(dependency)) {
                        state.put(dependency, 1);
                        path.add(dependency);
                        next.add(0);
                    } else if (seen != null && seen == 1) {
                        List<String> cycle = path.subList(path.indexOf(dependency), path.size()).stream()
                                .map(key -> sites.get(key).siteId).toList();
                        return Optional.of(cycle);
                    }
                } else {
                    state.put(path.remove(top), 2);
                    next.remove(top);
                }
            }
        }
        return Optional.empty();
    }
}
