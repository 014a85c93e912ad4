package com.ripreplace.covered;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How each kind of evidence is said in a reason, so every rule words the same fact the same way. */
final class EvidenceSentence {

    private EvidenceSentence() {
    }

    /** "Vendor 'HiSilicon' is a Huawei subsidiary (HiSilicon, Huawei's chip design subsidiary); Huawei is on the Covered List since ...". */
    static String coveredName(Field field, Mention.OfCoveredEntity m) {
        CoveredEntity e = m.entity();
        EntityName name = m.name();
        String subject = field.label() + " " + field.quoted();
        String tail = "; " + e.name() + " is " + e.listingWords() + ".";
        if (m.misspelled()) {
            return subject + " looks like a misspelling of '" + name.name() + "'" + tail;
        }
        String note = name.note().map(n -> " (" + n + ")").orElse("");
        String which = field.text().joined().equals(key(name.name())) ? "" : " ('" + name.name() + "')";
        return switch (name.kind()) {
            case LEGAL_NAME, BRAND -> subject + " names " + e.name() + (key(name.name()).equals(key(e.name())) ? "" : which)
                    + note + tail;
            case NATIVE_NAME -> subject + " contains '" + name.name() + "'" + note + tail;
            case FORMER_BRAND -> subject + " is a former " + e.name() + " brand" + which + note + tail;
            case SUBSIDIARY -> subject + " is a " + e.name() + " subsidiary" + which + note + tail;
            case AFFILIATE -> subject + " is a " + e.name() + " affiliate" + which + note + tail;
            case FORMER_AFFILIATE -> subject + " is a former " + e.name() + " affiliate" + which + note + tail;
        };
    }

    /** "Model 'RRU3908' belongs to Huawei's RRU remote radio unit family (RAN)". No full stop. */
    static String family(Field field, ModelFamilyIndex.Match match) {
        String where = field.label().equals("Model")
                ? "Model " + field.quoted() + " belongs to "
                : field.label() + " " + field.quoted() + " mentions '" + match.matchedText() + "', which belongs to ";
        return where + possessive(match.entity().name()) + " " + match.family().family() + " family (" + match.family().category() + ")";
    }

    /** "MAC '00:E0:FC:12:34:56' is in block 00E0FC, registered to HUAWEI TECHNOLOGIES CO.,LTD". No full stop. */
    static String mac(MacPrefixIndex.Match match) {
        return "MAC '" + match.asWritten() + "' is in block " + match.prefix().prefix() + ", registered to "
                + match.prefix().registrant() + " (" + match.entity().name()
                + (match.prefix().relationship() == MacPrefix.Relationship.ENTITY ? "" : ", "
                + match.prefix().relationship().name().toLowerCase(Locale.ROOT).replace('_', ' ')) + ")";
    }

    /** "Huawei's", "Autel Robotics'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** Catalog names as normalized words; the catalog's names are few, so each is worked out once. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static String key(String catalogName) {
        return KEYS.computeIfAbsent(catalogName, n -> NormalizedText.of(n).joined());
    }
}
