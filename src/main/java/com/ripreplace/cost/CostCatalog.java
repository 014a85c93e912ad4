package com.ripreplace.cost;

import com.ripreplace.inventory.CostRow;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The replacement cost catalog: a cost per category of gear, per-site costs and a contingency, each
 * with its basis. Data, not code: {@code cost/cost-catalog.yaml} in the jar, or a carrier's own file.
 */
public final class CostCatalog {

    /** Per-site costs and the site types that need a tower climb. */
    public record SiteCosts(Money mobilisation, Money towerClimb, Money engineering, Set<String> climbSiteTypes,
                            Map<CostKind, String> basis) {
    }

    private final String version;
    private final String source;
    private final Map<String, CategoryCost> categories;
    private final Map<String, CategoryCost> byAlias = new LinkedHashMap<>();
    private final CategoryCost fallback;
    private final SiteCosts siteCosts;
    private final BigDecimal contingency;
    private final String contingencyBasis;

    private CostCatalog(String version, String source, List<CategoryCost> categories, String fallback,
                        SiteCosts siteCosts, BigDecimal contingency, String contingencyBasis) {
        this.version = version;
        this.source = source;
        this.categories = new LinkedHashMap<>();
        for (CategoryCost category : categories) {
            this.categories.put(key(category.name()), category);
            byAlias.put(key(category.name()), category);
            for (String alias : category.aliases()) {
                byAlias.putIfAbsent(key(alias), category);
            }
        }
        this.fallback = Optional.ofNullable(this.categories.get(key(fallback)))
                .orElseThrow(() -> new CostCatalogException("The fallback category '" + fallback + "' is not in the catalog"));
        this.siteCosts = siteCosts;
        this.contingency = contingency;
        this.contingencyBasis = contingencyBasis;
    }

    public static CostCatalog loadDefault() {
        try (InputStream in = CostCatalog.class.getResourceAsStream("/cost/cost-catalog.yaml")) {
            if (in == null) {
                throw new IllegalStateException("cost/cost-catalog.yaml is missing from the application");
            }
            return load(in, "built-in catalog");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CostCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new CostCatalogException("The cost catalog " + file + " cannot be read: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    public static CostCatalog load(InputStream yaml, String source) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new CostCatalogException("The cost catalog " + source + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new CostCatalogException("The cost catalog " + source + " must be a mapping with 'categories'");
        }
        Map<String, Object> root = (Map<String, Object>) parsed;
        List<CategoryCost> categories = new ArrayList<>();
        Object list = root.get("categories");
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            throw new CostCatalogException("The cost catalog " + source + " has no 'categories' list");
        }
        for (Object entry : entries) {
            Map<String, Object> c = (Map<String, Object>) entry;
            String name = text(c, "name", source);
            categories.add(new CategoryCost(name, ((List<Object>) c.getOrDefault("aliases", List.of())).stream()
                    .map(String::valueOf).toList(), money(c, "unit", source, name), money(c, "install", source, name),
                    money(c, "removal", source, name), money(c, "disposal", source, name),
                    ((Number) c.getOrDefault("leadTimeDays", 0)).intValue(), String.valueOf(c.getOrDefault("basis", ""))));
        }
        Map<String, Object> site = (Map<String, Object>) root.get("siteCosts");
        if (site == null) {
            throw new CostCatalogException("The cost catalog " + source + " has no 'siteCosts'");
        }
        Map<CostKind, String> basis = new LinkedHashMap<>();
        Money mobilisation = siteCost(site, "mobilisation", CostKind.MOBILISATION, basis, source);
        Money climb = siteCost(site, "towerClimb", CostKind.TOWER_CLIMB, basis, source);
        Money engineering = siteCost(site, "engineering", CostKind.ENGINEERING, basis, source);
        Set<String> climbTypes = ((List<Object>) site.getOrDefault("climbSiteTypes", List.of())).stream()
                .map(o -> key(String.valueOf(o))).collect(Collectors.toUnmodifiableSet());
        BigDecimal contingency = new BigDecimal(String.valueOf(root.getOrDefault("contingencyPercent", "0")))
                .movePointLeft(2);
        basis.put(CostKind.CONTINGENCY, String.valueOf(root.getOrDefault("contingencyBasis", "")));
        return new CostCatalog(String.valueOf(root.getOrDefault("version", "unversioned")), source, categories,
                String.valueOf(root.getOrDefault("fallback", "unclassified")),
                new SiteCosts(mobilisation, climb, engineering, climbTypes, basis), contingency,
                basis.get(CostKind.CONTINGENCY));
    }

    /** The category a line of gear's Category text names; the fallback (Unclassified) when none does. */
    public CategoryCost categoryFor(String categoryText) {
        return match(categoryText).orElse(fallback);
    }

    /** The category a text names: by name or alias, else by the longest alias standing as whole words in it. */
    public Optional<CategoryCost> match(String categoryText) {
        if (categoryText == null || categoryText.isBlank()) {
            return Optional.empty();
        }
        CategoryCost exact = byAlias.get(key(categoryText));
        if (exact != null) {
            return Optional.of(exact);
        }
        String words = " " + categoryText.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/]+", " ").strip() + " ";
        Map.Entry<String, CategoryCost> longest = null;
        for (Map.Entry<String, CategoryCost> alias : byAlias.entrySet()) {
            if (alias.getKey().length() >= 3 && words.contains(" " + alias.getKey() + " ")
                    && (longest == null || alias.getKey().length() > longest.getKey().length())) {
                longest = alias;
            }
        }
        return Optional.ofNullable(longest).map(Map.Entry::getValue);
    }

    public SiteCosts siteCosts() {
        return siteCosts;
    }

    /** The contingency as a fraction (0.10 for 10%). */
    public BigDecimal contingency() {
        return contingency;
    }

    public String contingencyBasis() {
        return contingencyBasis;
    }

    public String version() {
        return version;
    }

    public String source() {
        return source;
    }

    /**
     * A copy with the carrier's own figures from an inventory's Costs sheet: a row naming a category (or
     * one of its aliases) replaces the figures it gives; a row naming a new category adds it, taking the
     * figures it leaves blank from the fallback category.
     */
    public CostCatalog withCosts(List<CostRow> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        Map<String, CategoryCost> changed = new LinkedHashMap<>(categories);
        for (CostRow row : rows) {
            CategoryCost base = match(row.category()).orElse(null);
            String basis = "Costs sheet, " + row.source().file() + " row " + row.source().row();
            CategoryCost from = base == null ? fallback : base;
            CategoryCost updated = new CategoryCost(base == null ? row.category() : base.name(),
                    base == null ? List.of(row.category()) : base.aliases(), figure(row.unit(), from.unit()),
                    figure(row.installation(), from.installation()), figure(row.removal(), from.removal()),
                    figure(row.disposal(), from.disposal()),
                    row.leadTimeDays() == null ? from.leadTimeDays() : row.leadTimeDays(), basis);
            changed.put(key(updated.name()), updated);
        }
        return new CostCatalog(version, source + " with the inventory's Costs sheet", List.copyOf(changed.values()),
                fallback.name(), siteCosts, contingency, contingencyBasis);
    }

    private static Money figure(BigDecimal given, Money catalog) {
        return given == null ? catalog : Money.rounded(given);
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String text(Map<String, Object> map, String field, String source) {
        Object value = map.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new CostCatalogException("A category in " + source + " has no '" + field + "'");
        }
        return String.valueOf(value);
    }

    private static Money money(Map<String, Object> map, String field, String source, String category) {
        Object value = map.get(field);
        try {
            Money money = Money.rounded(new BigDecimal(String.valueOf(value)));
            if (money.isNegative()) {
                throw new NumberFormatException();
            }
            return money;
        } catch (NumberFormatException | NullPointerException e) {
            throw new CostCatalogException("Category '" + category + "' in " + source + " needs '" + field
                    + "' as an amount of at least 0; found '" + value + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Money siteCost(Map<String, Object> site, String field, CostKind kind, Map<CostKind, String> basis,
                                  String source) {
        Object value = site.get(field);
        if (!(value instanceof Map<?, ?>)) {
            throw new CostCatalogException("siteCosts." + field + " in " + source + " needs an amount and a basis");
        }
        Map<String, Object> entry = (Map<String, Object>) value;
        basis.put(kind, String.valueOf(entry.getOrDefault("basis", "")));
        return money(entry, "amount", source, "siteCosts." + field);
    }
}
