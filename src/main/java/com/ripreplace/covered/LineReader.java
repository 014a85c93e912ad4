package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Reads a {@link GearLine} into a {@link LineReading}: normalizes each cell and runs the detectors once. */
final class LineReader {

    private static final int CONTEXT_CHARS = 40;
    private static final int REMEMBERED_CELLS = 10_000;
    /** The key of every description that gives the rules nothing; a lone surrogate, so never a cell's text. */
    private static final String SAYS_NOTHING = "\uDFFD";

    private final NameIndex names;
    private final ModelFamilyIndex families;
    private final MacPrefixIndex macs;
    private final Set<String> placeholderVendors;
    private final CategoryRule categoryEntries;
    private final Map<String, Field> vendors = new ConcurrentHashMap<>();
    private final Map<String, CellReading> models = new ConcurrentHashMap<>();
    private final Map<String, CellReading> descriptions = new ConcurrentHashMap<>();
    private final Map<String, Field> categories = new ConcurrentHashMap<>();

    LineReader(NameIndex names, ModelFamilyIndex families, MacPrefixIndex macs, Set<String> placeholderVendors,
               CategoryRule categories) {
        this.names = names;
        this.categoryEntries = categories;
        this.families = families;
        this.macs = macs;
        this.placeholderVendors = placeholderVendors;
    }

    /** Reads the line with the MAC block its address falls in (see {@link #macBlock(String)}). */
    LineReading read(GearLine line, Optional<MacPrefixIndex.Match> mac) {
        Field vendor = remembered(vendors, line.vendor(), raw -> field("Vendor", raw, true));
        CellReading model = remembered(models, line.model(), raw -> familiesOf(field("Model", raw, false), false));
        CellReading description = remembered(descriptions, line.description(), this::description);
        Field category = remembered(categories, line.category(),
                raw -> new Field("Category", nonNull(raw), NormalizedText.of(raw), List.of()));
        boolean vendorBlank = vendor.isBlank() || placeholderVendors.contains(vendor.text().joined());
        List<ModelFamilyIndex.Match> compatible = model.compatible().isEmpty() ? description.compatible()
                : description.compatible().isEmpty() ? model.compatible()
                : concat(model.compatible(), description.compatible());
        return new LineReading(line, vendor, model.field(), description.field(), category, vendorBlank,
                model.families(), description.families(), compatible, mac);
    }

    /**
     * What a description is remembered by: its text, or, when it says nothing the rules look at (no name, no model
     * family, no service word), one key shared by all such descriptions, which lead to the same verdict. Inventories
     * write free text there ("MW link to hub, link to WA-0297"), so most descriptions are of this kind. What such a
     * description says to a category entry ("hotspot", "enterprise", a model family) is added to that key.
     */
    String descriptionKey(String description) {
        if (description == null) {
            return null;
        }
        return key(description, remembered(descriptions, description, this::description));
    }

    /** The description's key if the description has been read already, else null (and nothing is read). */
    String knownDescriptionKey(String description) {
        CellReading reading = descriptions.get(description);
        return reading == null ? null : key(description, reading);
    }

    private static String key(String description, CellReading reading) {
        if (reading.says()) {
            return description;
        }
        return reading.categoryKey() == null ? SAYS_NOTHING : SAYS_NOTHING + reading.categoryKey();
    }

    /**
     * One cell read once: the field with its names, the model families it holds, and whether it gives the rules
     * anything the entity rules use (a name, a model family, or a word that marks a service), and what it says to
     * the category entries (null when nothing).
     */
    private record CellReading(Field field, List<ModelFamilyIndex.Match> families,
                               List<ModelFamilyIndex.Match> compatible, boolean says, String categoryKey) {

        CellReading(Field field, List<ModelFamilyIndex.Match> families, List<ModelFamilyIndex.Match> compatible) {
            this(field, List.copyOf(families), List.copyOf(compatible), !field.mentions().isEmpty()
                    || !families.isEmpty() || !compatible.isEmpty() || ServiceScopeRule.mentionsService(field), null);
        }
    }

    /**
     * A description that says nothing to the entity rules may still say something to a category entry (a product
     * kind, a model family, an out-of-scope word): what it says is kept as a short key, and all descriptions that say
     * the same share it (the category rule's reasons do not quote the description).
     */
    private CellReading description(String raw) {
        CellReading reading = familiesOf(field("Description", raw, true), true);
        if (reading.says()) {
            return reading;
        }
        String key = categoryEntries.keyOf(reading.field());
        return key == null ? reading
                : new CellReading(reading.field(), reading.families(), reading.compatible(), false, key);
    }

    private CellReading familiesOf(Field field, boolean strongOnly) {
        List<ModelFamilyIndex.Match> compatible = new ArrayList<>(0);
        List<ModelFamilyIndex.Match> families = usable(field, strongOnly, compatible);
        return new CellReading(field, families, compatible);
    }

    /**
     * Inventories repeat a few hundred vendors, models and descriptions over thousands of lines, so each cell's
     * reading is remembered by its text (a blank cell is read afresh; the memory is cleared when it grows large).
     */
    private static <T> T remembered(Map<String, T> memory, String raw, Function<String, T> read) {
        if (raw == null) {
            return read.apply(null);
        }
        T known = memory.get(raw);
        if (known == null) {
            known = read.apply(raw);
            if (memory.size() >= REMEMBERED_CELLS) {
                memory.clear();
            }
            memory.put(raw, known);
        }
        return known;
    }

    private static List<ModelFamilyIndex.Match> concat(List<ModelFamilyIndex.Match> first, List<ModelFamilyIndex.Match> second) {
        List<ModelFamilyIndex.Match> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return both;
    }

    /** The covered entity's block a MAC address is in; any other MAC says nothing about coverage. */
    Optional<MacPrefixIndex.Match> macBlock(String mac) {
        return macs.match(mac);
    }

    private Field field(String label, String raw, boolean readMisspellings) {
        NormalizedText text = NormalizedText.of(raw);
        return new Field(label, nonNull(raw), text, names.scan(text, readMisspellings));
    }

    /** Families in the text, minus those named only as what the gear works with (moved to compatible). */
    private List<ModelFamilyIndex.Match> usable(Field field, boolean strongOnly, List<ModelFamilyIndex.Match> compatible) {
        if (field.isBlank()) {
            return List.of();
        }
        ModelText text = ModelText.of(field.raw());
        boolean mayBeCompatibilityPhrase = names.hasCompatibilityWord(field.text());
        List<ModelFamilyIndex.Match> found = families.matches(text);
        if (found.isEmpty()) {
            return found;
        }
        List<ModelFamilyIndex.Match> kept = new ArrayList<>(found.size());
        for (ModelFamilyIndex.Match match : found) {
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
    private static void keepStrongestPerEntity(List<ModelFamilyIndex.Match> kept, ModelFamilyIndex.Match match) {
        for (int i = 0; i < kept.size(); i++) {
            ModelFamilyIndex.Match other = kept.get(i);
            if (other.entity().code().equals(match.entity().code())) {
                if (other.family().strength() == ModelFamily.Strength.WEAK && match.family().strength() == ModelFamily.Strength.STRONG) {
                    kept.set(i, match);
                }
                return;
            }
        }
        kept.add(match);
    }

    private boolean namedAsCompatible(String text, ModelFamilyIndex.Match match) {
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
