package com.ripreplace.covered;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The covered-entity catalog: which entities are on the FCC Covered List, under which names, model numbers and
 * MAC blocks their gear shows up, which lookalikes are not covered, and the reimbursement rule. It is data
 * (covered/covered-entities.yaml plus covered/covered-oui.csv), versioned and dated; load it once and share it.
 */
public final class CoveredCatalog {

    static final String DEFAULT_RESOURCE = "/covered/covered-entities.yaml";
    /** Written into the build output by {@link CatalogCompiler}. */
    static final String COMPILED_RESOURCE = "/covered/covered-entities.compiled.json";

    private final String version;
    private final LocalDate asOf;
    private final List<CatalogSource> sources;
    private final ReimbursementProgram reimbursement;
    private final Map<String, CoveredEntity> entities;
    private final List<CoveredCategory> categories;
    private final List<Lookalike> lookalikes;
    private final List<String> knownNonCoveredVendors;
    private final Set<String> placeholderVendors;
    private final List<MacPrefix> macPrefixes;
    private final List<MacRegistrant> macRegistrants;

    final NameIndex names;
    final ModelFamilyIndex modelFamilies;
    final MacPrefixIndex macBlocks;

    private CoveredCatalog(CatalogReader.Contents contents) {
        this.version = contents.version();
        this.asOf = contents.asOf();
        this.sources = contents.sources();
        this.reimbursement = contents.reimbursement();
        Map<String, CoveredEntity> byCode = new LinkedHashMap<>();
        contents.entities().forEach(e -> byCode.put(e.code(), e));
        this.entities = Collections.unmodifiableMap(byCode);
        this.categories = contents.categories();
        this.lookalikes = contents.lookalikes();
        this.knownNonCoveredVendors = contents.knownMakers();
        this.placeholderVendors = contents.placeholderVendors();
        this.macPrefixes = contents.macPrefixes();
        this.macRegistrants = contents.macRegistrants();
        this.names = new NameIndex(contents.entities(), lookalikes, knownNonCoveredVendors);
        this.modelFamilies = new ModelFamilyIndex(contents.entities());
        this.macBlocks = new MacPrefixIndex(macPrefixes, contents.entities());
    }

    /**
     * The catalog shipped with the product: covered/covered-entities.yaml on the classpath, read from the JSON the
     * build compiles it into (half the time the YAML and MAC file take to load on a cold JVM), or from the YAML
     * itself where the build step has not run.
     */
    public static CoveredCatalog loadDefault() {
        try (InputStream compiled = CoveredCatalog.class.getResourceAsStream(COMPILED_RESOURCE)) {
            if (compiled != null) {
                return new CoveredCatalog(new CatalogReader(DEFAULT_RESOURCE).readCompiled(compiled));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPILED_RESOURCE, e);
        }
        return loadShippedYaml();
    }

    /** The shipped catalog read from its YAML and MAC block file, as the build step reads it. */
    private static CoveredCatalog loadShippedYaml() {
        try (InputStream in = CoveredCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogFormatException("the covered-entity catalog " + DEFAULT_RESOURCE + " is not on the classpath");
            }
            return new CoveredCatalog(new CatalogReader(DEFAULT_RESOURCE).read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * A catalog from YAML in the shipped format. A {@code macPrefixFile} it names is read from the
     * classpath folder covered/; {@code macPrefixes} may also be listed inline.
     *
     * @throws CatalogFormatException naming the entry that cannot be used
     */
    public static CoveredCatalog load(InputStream yaml) {
        Objects.requireNonNull(yaml, "yaml");
        return new CoveredCatalog(new CatalogReader("catalog").read(yaml));
    }

    public String version() {
        return version;
    }

    /** The latest Covered List change this catalog reflects. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Which Covered List the catalog reflects: its version, its as-of day and its latest listing. */
    public CoveredListEdition edition() {
        LocalDate latest = entities.values().stream().map(CoveredEntity::addedToList).max(LocalDate::compareTo).orElse(asOf);
        for (CoveredCategory category : categories) {
            latest = category.addedToList().isAfter(latest) ? category.addedToList() : latest;
        }
        return new CoveredListEdition(version, asOf, latest);
    }

    public List<CoveredEntity> entities() {
        return List.copyOf(entities.values());
    }

    /** The category entries: kinds of equipment the list names by what they are and where they are produced. */
    public List<CoveredCategory> categories() {
        return categories;
    }

    public Optional<CoveredCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<CoveredEntity> entity(String code) {
        return Optional.ofNullable(entities.get(code));
    }

    public List<Lookalike> lookalikes() {
        return lookalikes;
    }

    public List<String> knownNonCoveredVendors() {
        return knownNonCoveredVendors;
    }

    public List<MacPrefix> macPrefixes() {
        return macPrefixes;
    }

    /** The IEEE registrants whose blocks covered-oui.csv ships (the rule it is derived by). */
    public List<MacRegistrant> macRegistrants() {
        return macRegistrants;
    }

    public List<CatalogSource> sources() {
        return sources;
    }

    public ReimbursementProgram reimbursement() {
        return reimbursement;
    }

    Set<String> placeholderVendors() {
        return placeholderVendors;
    }

    Map<String, CoveredEntity> entitiesByCode() {
        return entities;
    }
}
