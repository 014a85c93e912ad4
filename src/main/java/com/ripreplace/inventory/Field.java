package com.ripreplace.inventory;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an inventory may hold, each with the contract's header and the other names carriers
 * give it. Headers are compared after {@link #normalise(String)}: case, spacing and punctuation
 * do not matter, so "S/N", "s.n." and "SN" are one name.
 */
public enum Field {
    SITE_ID(Group.SITE, "Site ID", "site", "site id", "site code", "site no", "site number", "site #", "site ref",
            "tower id", "tower", "tower code", "tower no", "tower number", "tower #", "location id", "loc id",
            "location code", "cell site", "cell site id", "facility id", "site identifier", "siteid", "node id"),
    SITE_NAME(Group.SITE, "Site Name", "tower name", "location", "location name", "site description", "facility name",
            "cell site name", "name", "node name"),
    LATITUDE(Group.SITE, "Latitude", "lat", "lat dd", "latitude dd", "latitude (dd)", "lat (deg)", "y coordinate"),
    LONGITUDE(Group.SITE, "Longitude", "long", "lon", "lng", "long dd", "longitude dd", "longitude (dd)",
            "long (deg)", "x coordinate"),
    STATE(Group.SITE, "State", "st", "state code", "us state"),
    SITE_TYPE(Group.SITE, "Site Type", "structure type", "facility type", "tower type", "location type"),
    CRITICAL(Group.SITE, "Critical", "critical site", "is critical", "critical facility", "public safety",
            "911 site", "priority site"),
    SUBSCRIBERS(Group.SITE, "Subscribers", "subs", "customers", "subscriber count", "customers served",
            "subscribers served", "users served", "lines served"),
    DEPENDS_ON(Group.SITE, "Depends On", "dependencies", "dependency", "depends", "upstream site", "parent site",
            "fed from", "backhaul from", "predecessor", "predecessors", "after site"),
    ACCESS_MONTHS(Group.SITE, "Access Months", "access window", "access", "accessible months", "access season",
            "season", "work window", "accessible"),
    EARLIEST_START(Group.SITE, "Earliest Start", "available from", "start after", "not before", "earliest start date",
            "ready date"),
    VENDOR(Group.EQUIPMENT, "Vendor", "mfr", "mfg", "make", "manufacturer", "manufacturer name", "brand", "oem",
            "supplier", "maker", "vendor name", "mfr name", "equipment vendor", "vendor/manufacturer", "manufacturer/vendor",
            "mfr/vendor", "oem vendor", "make (vendor)"),
    MODEL(Group.EQUIPMENT, "Model", "model no", "model number", "model #", "model name", "part number", "part no",
            "part #", "pn", "p/n", "product", "equipment model", "sku", "model/part", "model nbr", "part nbr",
            "model/part number", "product model", "catalog number"),
    SERIAL(Group.EQUIPMENT, "Serial", "s/n", "sn", "serial no", "serial number", "serial #", "esn", "asset serial",
            "serial num", "serial nbr", "sn#", "serial/esn", "serial number (s/n)"),
    CATEGORY(Group.EQUIPMENT, "Category", "equipment type", "equip type", "type", "equipment category", "class",
            "gear type", "function", "equipment class"),
    QUANTITY(Group.EQUIPMENT, "Quantity", "qty", "count", "units", "no of units", "number of units", "# units", "pcs",
            "quantity installed"),
    PURCHASE_DATE(Group.EQUIPMENT, "Purchase Date", "purchased", "date purchased", "acquisition date", "acquired",
            "date acquired", "in service", "in service date", "in-service date", "install date", "installed",
            "installation date", "po date", "obtained", "date obtained", "date of purchase",
            "purchase dt", "purch date", "acq date", "acquisition dt", "date installed", "in service dt"),
    DESCRIPTION(Group.EQUIPMENT, "Description", "desc", "equipment description", "item description", "details"),
    UNIT_COST(Group.EQUIPMENT, "Unit Replacement Cost", "unit cost", "replacement cost", "unit price", "cost",
            "price", "est cost", "estimated cost", "replacement cost per unit", "cost each"),
    MAC(Group.EQUIPMENT, "MAC", "mac address", "mac addr", "macaddress", "hw address", "hardware address",
            "ethernet address"),
    OVERRIDE(Group.EQUIPMENT, "Override", "finding override", "covered override", "engineer override",
            "review decision", "reviewer decision");

    /** Whether a column describes a site or a line of gear. */
    public enum Group { SITE, EQUIPMENT }

    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        for (Field field : values()) {
            BY_NAME.put(normalise(field.header), field);
            for (String alias : field.aliases) {
                BY_NAME.put(normalise(alias), field);
            }
        }
    }

    private final Group group;
    private final String header;
    private final List<String> aliases;

    Field(Group group, String header, String... aliases) {
        this.group = group;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    public Group group() {
        return group;
    }

    /** The header the contract and the template use. */
    public String header() {
        return header;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The field a header names, if any. */
    public static Optional<Field> forHeader(String header) {
        return Optional.ofNullable(BY_NAME.get(normalise(header)));
    }

    /** Unicode NFKC, lower case, letters and digits only ("#" kept as "no" so "Serial #" is "serialno"). */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (c == '#') {
                out.append("no");
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
