package com.ripreplace.covered;

/**
 * An IEEE MAC address block registered to a covered entity or one of its companies.
 *
 * @param prefix       6 (MA-L), 7 (MA-M) or 9 (MA-S) upper-case hex digits
 * @param entityCode   the covered entity
 * @param registrant   the organisation name in the IEEE registry
 * @param relationship how the registrant relates to the entity
 */
public record MacPrefix(String prefix, String entityCode, String registrant, Relationship relationship) {

    /** How the registrant of a block relates to the covered entity. */
    public enum Relationship { ENTITY, SUBSIDIARY, AFFILIATE, FORMER_AFFILIATE }

    private static final java.util.regex.Pattern HEX_PREFIX = java.util.regex.Pattern.compile("[0-9A-F]{6}|[0-9A-F]{7}|[0-9A-F]{9}");

    public MacPrefix {
        if (prefix == null || !HEX_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("MAC prefix must be 6, 7 or 9 upper-case hex digits, was '" + prefix + "'");
        }
        if ((Character.digit(prefix.charAt(1), 16) & 0x2) != 0) {
            throw new IllegalArgumentException("MAC prefix " + prefix + " is a locally administered range, which the IEEE never"
                    + " assigns to a maker");
        }
    }
}
