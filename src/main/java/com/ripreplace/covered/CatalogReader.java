package com.ripreplace.covered;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the catalog YAML (and the MAC block file it points to) into values, refusing anything it cannot use
 * with a message that names the entry. Safe YAML loading only: no types are constructed from the file.
 */
final class CatalogReader {

    /** Everything the file says, as values. */
    record Contents(String version, LocalDate asOf, List<CatalogSource> sources, ReimbursementProgram reimbursement,
                    List<CoveredEntity> entities, List<CoveredCategory> categories, List<Lookalike> lookalikes,
                    List<String> knownMakers, Set<String> placeholderVendors, List<MacPrefix> macPrefixes,
                    List<MacRegistrant> macRegistrants) {
    }

    private static final String RESOURCE_FOLDER = "/covered/";
    private static final Set<String> DEFAULT_PLACEHOLDERS = Set.of(
            "unknown", "unk", "n a", "na", "none", "tbd", "tba", "various", "misc", "miscellaneous", "other",
            "generic", "see description", "not known", "no name", "unbranded");

    private final String origin;

    CatalogReader(String origin) {
        this.origin = origin;
    }

    Contents read(InputStream yaml) {
        return read(yamlTree(yaml));
    }

    /** The YAML as maps, lists and scalars. */
    Object yamlTree(InputStream yaml) {
        try (Reader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new CatalogFormatException(origin + ": not readable YAML: " + e.getMessage(), e);
        }
    }

    /** The catalog as {@link CatalogCompiler} wrote it: the same tree in JSON, read with jackson-core. */
    Contents readCompiled(InputStream json) {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            return read(jsonValue(parser));
        } catch (IOException e) {
            throw new CatalogFormatException(origin + ": not readable JSON: " + e.getMessage(), e);
        }
    }

    private static Object jsonValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, jsonValue(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(jsonValue(parser));
            }
            return list;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return parser.getText();
    }

    /** Everything the tree says, checked. */
    Contents read(Object root) {
        Map<String, Object> top = map(root, "the top level");
        String version = text(top, "version", "the top level");
        LocalDate asOf = date(top.get("asOf"), "asOf");
        List<CatalogSource> sources = new ArrayList<>();
        for (Object o : list(top.get("sources"), "sources", true)) {
            Map<String, Object> s = map(o, "a source");
            String id = text(s, "id", "a source");
            sources.add(new CatalogSource(id, text(s, "title", "source " + id), optionalText(s, "url").orElse("n/a"),
                    optionalText(s, "dated").orElse("undated")));
        }
        List<CoveredEntity> entities = new ArrayList<>();
        for (Object o : list(top.get("entities"), "entities", false)) {
            entities.add(entity(map(o, "an entity")));
        }
        List<CoveredCategory> categories = new ArrayList<>();
        for (Object o : list(top.get("categories"), "categories", true)) {
            categories.add(category(map(o, "a category")));
        }
        List<Lookalike> lookalikes = new ArrayList<>();
        for (Object o : list(top.get("lookalikes"), "lookalikes", true)) {
            Map<String, Object> l = map(o, "a lookalike");
            String name = text(l, "name", "a lookalike");
            lookalikes.add(new Lookalike(name, optionalText(l, "resembles").orElse(""), text(l, "why", "lookalike " + name)));
        }
        List<String> knownMakers = new ArrayList<>();
        for (Object o : list(top.get("knownNonCoveredVendors"), "knownNonCoveredVendors", true)) {
            knownMakers.add(String.valueOf(o));
        }
        Set<String> placeholders = new HashSet<>(DEFAULT_PLACEHOLDERS);
        for (Object o : list(top.get("placeholderVendors"), "placeholderVendors", true)) {
            placeholders.add(NormalizedText.of(String.valueOf(o)).joined());
        }
        ReimbursementProgram reimbursement = reimbursement(top.get("reimbursement"));
        List<MacPrefix> macPrefixes = new ArrayList<>();
        optionalText(top, "macPrefixFile").ifPresent(file -> macPrefixes.addAll(macFile(file)));
        for (Object o : list(top.get("macPrefixes"), "macPrefixes", true)) {
            Map<String, Object> m = map(o, "a MAC prefix");
            macPrefixes.add(macPrefix(text(m, "prefix", "a MAC prefix"), text(m, "entity", "a MAC prefix"),
                    optionalText(m, "registrant").orElse(""), optionalText(m, "relationship").orElse("ENTITY"), "macPrefixes"));
        }
        List<MacRegistrant> registrants = new ArrayList<>();
        for (Object o : list(top.get("macRegistrants"), "macRegistrants", true)) {
            Map<String, Object> m = map(o, "a MAC registrant");
            String registrant = text(m, "registrant", "a MAC registrant");
            registrants.add(new MacRegistrant(registrant, text(m, "entity", "MAC registrant " + registrant),
                    relationship(text(m, "relationship", "MAC registrant " + registrant), "MAC registrant " + registrant)));
        }
        validateReferences(entities, lookalikes, reimbursement, registrants, sources);
        validateCategories(categories, entities, sources);
        return new Contents(version, asOf, List.copyOf(sources), reimbursement, List.copyOf(entities),
                List.copyOf(categories), List.copyOf(lookalikes), List.copyOf(knownMakers), Set.copyOf(placeholders), List.copyOf(macPrefixes),
                List.copyOf(registrants));
    }

    private CoveredEntity entity(Map<String, Object> e) {
        String code = text(e, "code", "an entity");
        String where = "entity " + code;
        List<EntityName> names = new ArrayList<>();
        for (Object o : list(e.get("names"), where + ", names", false)) {
            names.add(name(map(o, where + ", a name"), where));
        }
        List<ModelFamily> families = new ArrayList<>();
        for (Object o : list(e.get("modelFamilies"), where + ", modelFamilies", true)) {
            families.add(family(map(o, where + ", a model family"), code));
        }
        Set<Scope> scope = EnumSet.noneOf(Scope.class);
        for (Object o : list(e.get("scope"), where + ", scope", false)) {
            try {
                scope.add(Scope.valueOf(String.valueOf(o).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                throw new CatalogFormatException(origin + ": " + where + ": unknown scope '" + o + "' (use one of "
                        + Arrays.toString(Scope.values()) + ")");
            }
        }
        try {
            return new CoveredEntity(code, text(e, "name", where), text(e, "listedAs", where),
                    date(e.get("addedToList"), where + ", addedToList"), scope, text(e, "source", where), names, families);
        } catch (IllegalArgumentException ex) {
            throw new CatalogFormatException(origin + ": " + where + ": " + ex.getMessage(), ex);
        }
    }

    /** A category entry: a kind of equipment the list names by what it is and where it is produced. */
    private CoveredCategory category(Map<String, Object> c) {
        String code = text(c, "code", "a category");
        String where = "category " + code;
        List<String> sourceIds = new ArrayList<>();
        for (Object o : list(c.get("sources"), where + ", sources", false)) {
            sourceIds.add(String.valueOf(o));
        }
        Map<String, Object> k = map(c.get("consequence"), where + ", consequence");
        if (!(k.get("reimbursable") instanceof Boolean reimbursable)) {
            throw new CatalogFormatException(origin + ": " + where + ", consequence: 'reimbursable' must be true or false");
        }
        if (reimbursable) {
            throw new CatalogFormatException(origin + ": " + where + ", consequence: a category cannot be reimbursable;"
                    + " the programme reimburses the entities named under 'reimbursement' only");
        }
        CoveredCategory.Replacement replacement;
        try {
            replacement = CoveredCategory.Replacement.valueOf(text(k, "replacement", where + ", consequence").trim()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new CatalogFormatException(origin + ": " + where + ", consequence: replacement must be one of "
                    + Arrays.toString(CoveredCategory.Replacement.values()));
        }
        CoveredCategory.Consequence consequence = new CoveredCategory.Consequence(
                text(k, "newModels", where + ", consequence"), text(k, "existingModels", where + ", consequence"),
                false, replacement);
        List<CoveredCategory.ProductKind> kinds = new ArrayList<>();
        for (Object o : list(c.get("kinds"), where + ", kinds", false)) {
            Map<String, Object> m = map(o, where + ", a kind");
            String kind = text(m, "kind", where + ", a kind");
            kinds.add(new CoveredCategory.ProductKind(kind, words(m.get("words"), where + ", kind '" + kind + "', words", false),
                    words(m.get("makerOnly"), where + ", kind '" + kind + "', makerOnly", true)));
        }
        List<CoveredCategory.Maker> makers = new ArrayList<>();
        for (Object o : list(c.get("makers"), where + ", makers", true)) {
            Map<String, Object> m = map(o, where + ", a maker");
            String name = text(m, "name", where + ", a maker");
            String here = where + ", maker '" + name + "'";
            CoveredCategory.Production production;
            try {
                production = CoveredCategory.Production.valueOf(text(m, "production", here).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new CatalogFormatException(origin + ": " + here + ": production must be one of "
                        + Arrays.toString(CoveredCategory.Production.values()));
            }
            makers.add(new CoveredCategory.Maker(name, words(m.get("aliases"), here + ", aliases", true), production,
                    Boolean.TRUE.equals(m.get("consumerOnly")), text(m, "note", here)));
        }
        List<CoveredCategory.Family> families = new ArrayList<>();
        for (Object o : list(c.get("modelFamilies"), where + ", modelFamilies", true)) {
            Map<String, Object> f = map(o, where + ", a model family");
            String name = text(f, "family", where + ", a model family");
            String here = where + ", model family '" + name + "'";
            Pattern pattern;
            try {
                pattern = Pattern.compile(text(f, "pattern", here));
            } catch (PatternSyntaxException ex) {
                throw new CatalogFormatException(origin + ": " + here + ": pattern does not compile: " + ex.getDescription(), ex);
            }
            List<String> examples = words(f.get("examples"), here + ", examples", false);
            try {
                families.add(new CoveredCategory.Family(text(f, "maker", here), name, text(f, "kind", here), pattern, examples));
            } catch (IllegalArgumentException ex) {
                throw new CatalogFormatException(origin + ": " + here + ": " + ex.getMessage(), ex);
            }
        }
        try {
            return new CoveredCategory(code, text(c, "name", where), text(c, "listedAs", where),
                    date(c.get("addedToList"), where + ", addedToList"), sourceIds, text(c, "scope", where), consequence,
                    kinds, words(c.get("outOfScope"), where + ", outOfScope", true), makers, families);
        } catch (IllegalArgumentException ex) {
            throw new CatalogFormatException(origin + ": " + where + ": " + ex.getMessage(), ex);
        }
    }

    private List<String> words(Object raw, String where, boolean mayBeMissing) {
        List<String> out = new ArrayList<>();
        for (Object o : list(raw, where, mayBeMissing)) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private void validateCategories(List<CoveredCategory> categories, List<CoveredEntity> entities,
                                    List<CatalogSource> sources) {
        Set<String> codes = new HashSet<>();
        entities.forEach(e -> codes.add(e.code()));
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        for (CoveredCategory c : categories) {
            String where = origin + ": category " + c.code();
            if (!codes.add(c.code())) {
                throw new CatalogFormatException(where + " appears twice, or shares its code with an entity");
            }
            for (String id : c.sourceIds()) {
                if (!sourceIds.isEmpty() && !sourceIds.contains(id)) {
                    throw new CatalogFormatException(where + " cites unknown source '" + id + "'");
                }
            }
            Set<String> makers = new HashSet<>();
            c.makers().forEach(m -> makers.add(m.name()));
            Set<String> kinds = new HashSet<>();
            c.kinds().forEach(k -> kinds.add(k.kind()));
            for (CoveredCategory.Family f : c.modelFamilies()) {
                String here = where + ", model family '" + f.family() + "'";
                if (!makers.contains(f.maker())) {
                    throw new CatalogFormatException(here + ": maker '" + f.maker() + "' is not one of the category's makers");
                }
                if (!kinds.contains(f.kind())) {
                    throw new CatalogFormatException(here + ": kind '" + f.kind() + "' is not one of the category's kinds");
                }
                for (String example : f.examples()) {
                    if (!f.pattern().matcher(ModelText.of(example).text()).lookingAt()) {
                        throw new CatalogFormatException(here + ": pattern does not match its own example '" + example + "'");
                    }
                }
            }
        }
    }

    private EntityName name(Map<String, Object> n, String where) {
        String name = text(n, "name", where + ", a name");
        String here = where + ", name '" + name + "'";
        NameKind kind;
        try {
            kind = NameKind.valueOf(text(n, "kind", here).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new CatalogFormatException(origin + ": " + here + ": unknown kind (use one of "
                    + Arrays.toString(NameKind.values()) + ")");
        }
        boolean fuzzy = Boolean.TRUE.equals(n.get("fuzzy"));
        Optional<LocalDate> from = n.containsKey("from") ? Optional.of(date(n.get("from"), here + ", from")) : Optional.empty();
        Optional<LocalDate> until = n.containsKey("until") ? Optional.of(date(n.get("until"), here + ", until")) : Optional.empty();
        try {
            return new EntityName(name, kind, fuzzy, from, until, optionalText(n, "review"), optionalText(n, "note"));
        } catch (IllegalArgumentException ex) {
            throw new CatalogFormatException(origin + ": " + here + ": " + ex.getMessage(), ex);
        }
    }

    private ModelFamily family(Map<String, Object> f, String code) {
        String name = text(f, "family", "entity " + code + ", a model family");
        String here = "entity " + code + ", model family '" + name + "'";
        ModelFamily.Strength strength;
        try {
            strength = ModelFamily.Strength.valueOf(text(f, "strength", here).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new CatalogFormatException(origin + ": " + here + ": strength must be STRONG or WEAK");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(text(f, "pattern", here));
        } catch (PatternSyntaxException ex) {
            throw new CatalogFormatException(origin + ": " + here + ": pattern does not compile: " + ex.getDescription(), ex);
        }
        List<String> examples = new ArrayList<>();
        for (Object o : list(f.get("examples"), here + ", examples", false)) {
            examples.add(String.valueOf(o));
        }
        return new ModelFamily(code, name, text(f, "category", here), strength, pattern, examples);
    }

    private ReimbursementProgram reimbursement(Object raw) {
        Map<String, Object> r = map(raw, "reimbursement");
        List<String> codes = new ArrayList<>();
        for (Object o : list(r.get("entities"), "reimbursement, entities", false)) {
            codes.add(String.valueOf(o));
        }
        return new ReimbursementProgram(codes, date(r.get("obtainedOnOrBefore"), "reimbursement, obtainedOnOrBefore"),
                optionalText(r, "source").orElse(""));
    }

    List<MacPrefix> macFile(String file) {
        String resource = RESOURCE_FOLDER + file;
        InputStream in = CatalogReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CatalogFormatException(origin + ": macPrefixFile '" + file + "' is not on the classpath at " + resource);
        }
        List<MacPrefix> prefixes = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String where = file + " line " + row.getRecordNumber();
                prefixes.add(macPrefix(row.get("prefix"), row.get("entity"), row.get("registrant"), row.get("relationship"), where));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof CatalogFormatException c) {
                throw c;
            }
            throw new CatalogFormatException(origin + ": " + resource + " is not readable: " + e.getMessage(), e);
        }
        return prefixes;
    }

    private MacPrefix macPrefix(String prefix, String entity, String registrant, String relationship, String where) {
        try {
            return new MacPrefix(prefix.toUpperCase(Locale.ROOT), entity, registrant, relationship(relationship, where));
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(origin + ": " + where + ": " + e.getMessage(), e);
        }
    }

    private MacPrefix.Relationship relationship(String value, String where) {
        try {
            return MacPrefix.Relationship.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(origin + ": " + where + ": unknown relationship '" + value + "' (use one of "
                    + Arrays.toString(MacPrefix.Relationship.values()) + ")");
        }
    }

    private void validateReferences(List<CoveredEntity> entities, List<Lookalike> lookalikes,
                                    ReimbursementProgram reimbursement, List<MacRegistrant> registrants,
                                    List<CatalogSource> sources) {
        Set<String> codes = new HashSet<>();
        for (CoveredEntity e : entities) {
            if (!codes.add(e.code())) {
                throw new CatalogFormatException(origin + ": entity " + e.code() + " appears twice");
            }
        }
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        for (CoveredEntity e : entities) {
            if (!sourceIds.isEmpty() && !sourceIds.contains(e.sourceId())) {
                throw new CatalogFormatException(origin + ": entity " + e.code() + " cites unknown source '" + e.sourceId() + "'");
            }
        }
        for (Lookalike l : lookalikes) {
            if (!l.resembles().isEmpty() && !codes.contains(l.resembles())) {
                throw new CatalogFormatException(origin + ": lookalike '" + l.name() + "' resembles unknown entity '" + l.resembles() + "'");
            }
        }
        for (String code : reimbursement.entityCodes()) {
            if (!codes.contains(code)) {
                throw new CatalogFormatException(origin + ": reimbursement names unknown entity '" + code + "'");
            }
        }
        for (MacRegistrant r : registrants) {
            if (!codes.contains(r.entityCode())) {
                throw new CatalogFormatException(origin + ": MAC registrant '" + r.registrant() + "' names unknown entity '" + r.entityCode() + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new CatalogFormatException(origin + ": " + where + " must be a mapping (key: value), found " + describe(o));
    }

    private List<?> list(Object o, String where, boolean mayBeMissing) {
        if (o == null && mayBeMissing) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new CatalogFormatException(origin + ": " + where + " must be a list, found " + describe(o));
    }

    private String text(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new CatalogFormatException(origin + ": " + where + ": '" + key + "' is missing");
        }
        return String.valueOf(v);
    }

    private static Optional<String> optionalText(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null || String.valueOf(v).isBlank() ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    private LocalDate date(Object v, String where) {
        if (v instanceof Date d) {
            return day(d);
        }
        if (v != null) {
            try {
                return LocalDate.parse(String.valueOf(v).trim());
            } catch (DateTimeParseException ignored) {
                // fall through to the message below
            }
        }
        throw new CatalogFormatException(origin + ": " + where + " must be a date written yyyy-MM-dd, found " + describe(v));
    }

    /** The day a YAML date (which SnakeYAML reads as midnight UTC) names. */
    static LocalDate day(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String describe(Object o) {
        return o == null ? "nothing" : "'" + o + "'";
    }
}
