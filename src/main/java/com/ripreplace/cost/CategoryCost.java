package com.ripreplace.cost;

import java.util.List;
import java.util.Objects;

/** The cost of replacing one unit of a category of gear, with the basis of the figures. */
public record CategoryCost(String name, List<String> aliases, Money unit, Money installation, Money removal,
                           Money disposal, int leadTimeDays, String basis) {

    public CategoryCost {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("Lead time of " + name + " cannot be negative");
        }
    }
}
