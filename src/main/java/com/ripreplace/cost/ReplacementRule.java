package com.ripreplace.cost;

import com.ripreplace.check.CheckedItem;

/**
 * The replacement rule: which lines of gear the estimate costs and the plan schedules. Covered entity gear
 * (Huawei, ZTE ...) is ripped out and replaced. Gear a category entry of the Covered List covers (foreign-produced
 * consumer routers, hotspots and CPE) may stay in service, so it is replaced only when an engineer's override says
 * "replace"; lines that are not covered never are. The finding says which ({@code Finding.mustReplace()}).
 */
public final class ReplacementRule {

    /** The rule's name, as a finance person or a reviewer reads it. */
    public static final String NAME = "Covered gear to replace";

    /** Whether the line is costed and planned for replacement. */
    public boolean replaces(CheckedItem item) {
        return item.finding().mustReplace();
    }
}
