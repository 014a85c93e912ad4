package com.ripreplace.planning;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The longest chain of sites that must follow one another, counted in sites. */
final class DependencyChains {

    private DependencyChains() {
    }

    /**
     * @param prerequisites the nodes each node must follow; nodes outside {@code nodes} are ignored,
     *                      and a circle (already refused when reading) cannot loop
     */
    static <T> int longest(Collection<T> nodes, Function<T, ? extends Collection<T>> prerequisites) {
        Set<T> known = new HashSet<>(nodes);
        Map<T, Integer> memo = new HashMap<>();
        int longest = 0;
        for (T node : nodes) {
            longest = Math.max(longest, depth(node, known, prerequisites, memo));
        }
        return longest;
    }

    private static <T> int depth(T node, Set<T> known, Function<T, ? extends Collection<T>> prerequisites,
                                 Map<T, Integer> memo) {
        Integer seen = memo.get(node);
        if (seen != null) {
            return seen;
        }
        memo.put(node, 1);
        int best = 0;
        for (T prerequisite : prerequisites.apply(node)) {
            if (known.contains(prerequisite)) {
                best = Math.max(best, depth(prerequisite, known, prerequisites, memo));
            }
        }
        memo.put(node, best + 1);
        return best + 1;
    }
}
