package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a {@link GearLine} into a {@link LineReading}: normalizes each cell and runs the detectors once. */
final class LineReader {

    private static final int CONTEXT_CHARS = 40;

    private final NameIndex names;
    private final ModelFamilyRule families;
    private final MacPrefixRule macs;
    private final Set<String> placeholderVendors;

    LineReader(NameIndex names, ModelFamilyRule families, MacPrefixRule macs, Set<String> placeholderVendors) {
        this.names = names;
        this.families = families;
        this.macs = macs;
        this.placeholderVendors = placeholderVendors;
    }

    LineReading read(GearLine line) {
        Field vendor = field("Vendor", line.vendor(), true);
        Field model = field("Model", line.model(), false);
        Field description = field("Description", line.description(), true);
        Field category = new Field("Category", nonNull(line.category()), NormalizedText.of(line.category()), List.of());
        boolean vendorBlank = vendor.isBlank() || placeholderVendors.contains(vendor.text().joined());

        List<ModelFamilyRule.Match> compatible = new ArrayList<>(0);
        List<ModelFamilyRule.Match> modelFamilies = usable(model, false, compatible);
        List<ModelFamilyRule.Match> descriptionFamilies = usable(description, true, compatible);
        return new LineReading(line, vendor, model, description, category, vendorBlank, modelFamilies,
                descriptionFamilies, compatible, macs.match(line.mac()));
    }

    /** Whether a MAC address is in a covered entity's block; any other MAC says nothing about coverage. */
    boolean macIsTelling(String mac) {
        return macs.match(mac).isPresent();
    }

    private Field field(String label, String raw, boolean readMisspellings) {
        NormalizedText text = NormalizedText.of(raw);
        return new Field(label, nonNull(raw), text, names.scan(text, readMisspellings));
    }

    /** Families in the text, minus those named only as what the gear works with (moved to compatible). */
    private List<ModelFamilyRule.Match> usable(Field field, boolean strongOnly, List<ModelFamilyRule.Match> compatible) {
        if (field.isBlank()) {
            return List.of();
        }
        ModelText text = ModelText.of(field.raw());
        boolean mayBeCompatibilityPhrase = names.hasCompatibilityWord(field.text());
        List<ModelFamilyRule.Match> found = families.matches(text);
        if (found.isEmpty()) {
            return found;
        }
        List<ModelFamilyRule.Match> kept = new ArrayList<>(found.size());
        for (ModelFamilyRule.Match match : found) {
            if (strongOnly && match.family().strength() != ModelFamily.Strength.STRONG) {
                continue;
            }
            if (mayBeCompatibilityPhrase && namedAsCompatible(text.text(), match)) {
                compatible.add(match);
            } else {
                keepStrongestPerEntity(kept, match);
            }
        }
        return kept;
    }

    /** One family per entity is enough evidence; a distinctive family beats a shared numbering. */
    private static void keepStrongestPerEntity(List<ModelFamilyRule.Match> kept, ModelFamilyRule.Match match) {
        for (int i = 0; i < kept.size(); i++) {
            ModelFamilyRule.Match other = kept.get(i);
            if (other.entity().code().equals(match.entity().code())) {
                if (other.family().strength() == ModelFamily.Strength.WEAK && match.family().strength() == ModelFamily.Strength.STRONG) {
                    kept.set(i, match);
                }
                return;
            }
        }
        kept.add(match);
    }

    private boolean namedAsCompatible(String text, ModelFamilyRule.Match match) {
        NormalizedText before = NormalizedText.of(text.substring(Math.max(0, match.startChar() - CONTEXT_CHARS), match.startChar()));
        NormalizedText matched = NormalizedText.of(match.matchedText());
        NormalizedText after = NormalizedText.of(text.substring(match.endChar(), Math.min(text.length(), match.endChar() + CONTEXT_CHARS)));
        List<String> words = new ArrayList<>(before.size() + matched.size() + after.size());
        words.addAll(before.words());
        words.addAll(matched.words());
        words.addAll(after.words());
        NormalizedText joined = NormalizedText.of(String.join(" ", words));
        return names.isCompatibilityPhrase(joined, before.size(), before.size() + matched.size());
    }

    private static String nonNull(String raw) {
        return raw == null ? "" : raw;
    }
}
