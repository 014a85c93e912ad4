package com.ripreplace.covered;

import static com.ripreplace.covered.Gear.aLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoveredCatalogTest {

    private static final CoveredCatalog SHIPPED = CoveredCatalog.loadDefault();

    @Test
    void loadsTheShippedCatalogWithItsVersionAndDate() {
        assertThat(SHIPPED.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
        assertThat(SHIPPED.asOf()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(SHIPPED.entities()).extracting(CoveredEntity::code).containsExactlyInAnyOrder("HUAWEI", "ZTE",
                "HIKVISION", "DAHUA", "HYTERA", "KASPERSKY", "CHINA_MOBILE", "CHINA_TELECOM", "CHINA_UNICOM",
                "PACIFIC_NETWORKS", "COMNET", "DJI", "AUTEL");
    }

    @Test
    void theCatalogTheProductLoadsAtStartUpSaysWhatTheYamlAndMacBlockFileSay() throws Exception {
        CatalogReader reader = new CatalogReader("test");
        CatalogReader.Contents fromYaml;
        try (InputStream yaml = CoveredCatalog.class.getResourceAsStream(CoveredCatalog.DEFAULT_RESOURCE)) {
            fromYaml = reader.read(yaml);
        }
        CatalogReader.Contents compiled;
        try (InputStream json = CoveredCatalog.class.getResourceAsStream(CoveredCatalog.COMPILED_RESOURCE)) {
            assertThat(json).as("the build writes " + CoveredCatalog.COMPILED_RESOURCE + " (mvn process-classes)").isNotNull();
            compiled = reader.readCompiled(json);
        }

        assertThat(compiled.macPrefixes()).hasSize(fromYaml.macPrefixes().size()).isNotEmpty();
        assertThat(compiled).usingRecursiveComparison()
                .withEqualsForType((a, b) -> a.pattern().equals(b.pattern()) && a.flags() == b.flags(),
                        java.util.regex.Pattern.class)
                .isEqualTo(fromYaml);
    }

    @ParameterizedTest
    @CsvSource({"HUAWEI, 2021-03-12", "ZTE, 2021-03-12", "HYTERA, 2021-03-12", "HIKVISION, 2021-03-12", "DAHUA, 2021-03-12",
            "KASPERSKY, 2022-03-25", "CHINA_MOBILE, 2022-03-25", "CHINA_TELECOM, 2022-03-25", "CHINA_UNICOM, 2022-09-20",
            "PACIFIC_NETWORKS, 2022-09-20", "COMNET, 2022-09-20", "DJI, 2025-12-22", "AUTEL, 2025-12-22"})
    void recordsTheDayEachEntityWasAddedToTheList(String code, String added) {
        assertThat(SHIPPED.entity(code)).get().extracting(CoveredEntity::addedToList).isEqualTo(LocalDate.parse(added));
    }

    @Test
    void everyEntityCitesASourceTheCatalogLists() {
        Set<String> ids = SHIPPED.sources().stream().map(CatalogSource::id).collect(Collectors.toSet());
        assertThat(SHIPPED.entities()).allSatisfy(e -> assertThat(ids).contains(e.sourceId()));
        assertThat(ids).contains(SHIPPED.reimbursement().sourceId());
    }

    @Test
    void reimbursesOnlyHuaweiAndZteGearObtainedByThirtiethJune2020() {
        assertThat(SHIPPED.reimbursement().entityCodes()).containsExactly("HUAWEI", "ZTE");
        assertThat(SHIPPED.reimbursement().obtainedOnOrBefore()).isEqualTo(LocalDate.of(2020, 6, 30));
    }

    @Test
    void shipsMacBlocksOfCoveredEntitiesAndNoneOfTheLookalikes() {
        assertThat(SHIPPED.macPrefixes()).hasSizeGreaterThan(1000);
        assertThat(SHIPPED.macPrefixes()).extracting(MacPrefix::registrant)
                .noneMatch(r -> r.matches("(?i).*(h3c|hisense|honor device|zhongtian|ztt|zhone|baicells|hughes|huber|nautel|autelan|teltronic ag|teltronics|shanghai dahua|china mobile|china telecom|wuxi zhongxing).*"));
        assertThat(SHIPPED.macPrefixes()).extracting(MacPrefix::entityCode).contains("HUAWEI", "ZTE", "HIKVISION", "DAHUA", "HYTERA", "DJI", "AUTEL");
    }

    @Test
    void addingAnEntityIsADataChangeOnly() {
        CoveredCatalog catalog = load("/covered/catalog-with-new-entity.yaml");
        CoveredGearMatcher matcher = new CoveredGearMatcher(catalog);

        assertThat(matcher.assess(aLine().vendor("Zorblax Vision Technology Co., Ltd.").line()).entity()).isEqualTo("ZORBLAX");
        assertThat(matcher.assess(aLine().vendor("Zorbalx").line()).entity()).isEqualTo("ZORBLAX");
        assertThat(matcher.assess(aLine().vendor("佐布科技").line()).entity()).isEqualTo("ZORBLAX");
        assertThat(matcher.assess(aLine().vendor("Blaxcam").line()).entity()).isEqualTo("ZORBLAX");
        assertThat(matcher.assess(aLine().model("ZVX-410").line()).entity()).isEqualTo("ZORBLAX");
        assertThat(matcher.assess(aLine().mac("0C:0B:0A:00:00:01").line()).entity()).isEqualTo("ZORBLAX");
        assertThat(matcher.assess(aLine().vendor("Zorblux").line()).covered()).isFalse();
        assertThat(matcher.assess(aLine().vendor("Zorblax").line()).reason())
                .contains("Zorblax Vision is on the Covered List since 1 October 2026 (video surveillance equipment)");
        assertThat(matcher.assess(aLine().vendor("Quuxtel").obtainedOn("2019-01-01").line()).reimbursable()).isTrue();
        assertThat(matcher.assess(aLine().vendor("Huawei").line()).covered()).isFalse();
    }

    @Test
    void addingACategoryIsADataChangeOnly() {
        CoveredCatalog catalog = load("/covered/catalog-with-new-category.yaml");
        CoveredGearMatcher matcher = new CoveredGearMatcher(catalog);

        Finding byKind = matcher.assess(aLine().vendor("Meterco").category("Meter").obtainedOn("2026-10-20").line());
        assertThat(byKind.covered()).isTrue();
        assertThat(byKind.entity()).isEqualTo("FOREIGN_SMART_METER");
        assertThat(byKind.coveredCategory()).isEqualTo("FOREIGN_SMART_METER");
        assertThat(byKind.reimbursable()).isFalse();
        assertThat(byKind.mustReplace()).as("the invented category requires replacement").isTrue();
        assertThat(byKind.reason()).contains("Smart meters produced in a foreign country (invented) are on the Covered List"
                + " since 1 October 2026, as a category, not a company").contains("Meterco makes its meters abroad");
        Finding byFamily = matcher.assess(aLine().model("MX-250").undated().line());
        assertThat(byFamily.coveredCategory()).isEqualTo("FOREIGN_SMART_METER");
        assertThat(byFamily.needsReview()).as("no purchase date").isTrue();
        Finding before = matcher.assess(aLine().vendor("Meterco").model("MX-100").obtainedOn("2025-01-01").line());
        assertThat(before.covered()).isFalse();
        assertThat(before.coveredCategory()).isEqualTo("FOREIGN_SMART_METER");
        assertThat(before.reason()).contains("existing meters must still be replaced (invented)");
        assertThat(matcher.assess(aLine().vendor("Gaugeworks").description("AMI meter").undated().line()).reason())
                .contains("read the country of origin on its label");
        assertThat(matcher.assess(aLine().vendor("Meterco").description("Utility-grade smart meter head end").line())
                .coveredCategory()).isNull();
        assertThat(matcher.assess(aLine().vendor("Acme Corp.").category("Smart meter").line()).entity()).isEqualTo("ACME");
        assertThat(catalog.edition().latestListing()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(catalog.category("FOREIGN_SMART_METER")).get().extracting(c -> c.consequence().replacement())
                .isEqualTo(CoveredCategory.Replacement.REQUIRED);
    }

    @Test
    void shipsTheConsumerRouterCategoryOfMarch2026WithItsSourcesAndConsequence() {
        CoveredCategory routers = SHIPPED.category("FOREIGN_CONSUMER_ROUTER").orElseThrow();

        assertThat(routers.addedToList()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(routers.sourceIds()).containsExactly("pn-2026-03-23", "faq-2026-04");
        assertThat(routers.consequence().reimbursable()).isFalse();
        assertThat(routers.consequence().replacement()).isEqualTo(CoveredCategory.Replacement.ENGINEER_DECIDES);
        assertThat(routers.consequence().existingModels()).contains("may still be used, sold and updated")
                .contains("until at least 1 March 2027");
        assertThat(routers.kinds()).extracting(CoveredCategory.ProductKind::kind)
                .containsExactly("consumer Wi-Fi router", "mobile hotspot", "5G / fixed-wireless CPE");
        assertThat(routers.outOfScope()).contains("carrier grade", "enterprise");
        assertThat(SHIPPED.edition().latestListing()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(SHIPPED.edition().describe()).startsWith("Covered List as of 30 April 2026 (latest listing reflected:"
                + " 23 March 2026; catalog ");
    }

    @Test
    void refusesACategoryThatWouldBeReimbursableOrWhoseFamilyNamesAnUnknownMaker() {
        String category = """
                categories:
                  - code: GADGET
                    name: gadget
                    listedAs: "Gadgets (invented)"
                    addedToList: 2026-01-01
                    sources: [none]
                    scope: "gadgets"
                    consequence: { newModels: "refused", existingModels: "kept", reimbursable: REIMBURSABLE, replacement: ENGINEER_DECIDES }
                    kinds: [ { kind: "gadget", words: ["gadget"] } ]
                    makers: [ { name: "Gizmo", production: FOREIGN, note: "abroad" } ]
                    modelFamilies: [ { maker: MAKER, family: "G", kind: "gadget", pattern: 'G-[0-9]', examples: [G-1] } ]
                """;

        assertThatThrownBy(() -> CoveredCatalog.load(stream(minimalCatalog("") + category.replace("REIMBURSABLE", "true")
                .replace("MAKER", "Gizmo"))))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("category GADGET, consequence: a category cannot be reimbursable");
        assertThatThrownBy(() -> CoveredCatalog.load(stream(minimalCatalog("") + category.replace("REIMBURSABLE", "false")
                .replace("MAKER", "Nobody"))))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("category GADGET, model family 'G': maker 'Nobody' is not one of the category's makers");
    }

    @Test
    void refusesAModelPatternThatDoesNotMatchItsOwnExample() {
        String yaml = minimalCatalog("""
                    modelFamilies:
                      - { family: "Broken", category: "RAN", strength: STRONG, pattern: 'ABC[0-9]{3}', examples: [XYZ123] }
                """);

        assertThatThrownBy(() -> CoveredCatalog.load(stream(yaml)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("entity ACME, model family 'Broken': pattern does not match its own example 'XYZ123'");
    }

    @Test
    void refusesAPatternThatDoesNotCompile() {
        String yaml = minimalCatalog("""
                    modelFamilies:
                      - { family: "Broken", category: "RAN", strength: STRONG, pattern: 'ABC[0-9', examples: [ABC1] }
                """);

        assertThatThrownBy(() -> CoveredCatalog.load(stream(yaml)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("entity ACME, model family 'Broken': pattern does not compile");
    }

    @Test
    void refusesAReimbursementRuleNamingAnUnknownEntity() {
        String yaml = minimalCatalog("").replace("entities: [ACME]", "entities: [NOBODY]");

        assertThatThrownBy(() -> CoveredCatalog.load(stream(yaml)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("reimbursement names unknown entity 'NOBODY'");
    }

    @Test
    void refusesTwoEntriesThatClaimTheSameName() {
        String yaml = minimalCatalog("") + "lookalikes:\n  - { name: \"ACME Corp\", resembles: ACME, why: \"same words\" }\n";

        assertThatThrownBy(() -> CoveredCatalog.load(stream(yaml)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("reads the same as ACME 'Acme Corp.'");
    }

    @Test
    void refusesAMisspellableNameTooShortToMisspellSafely() {
        String yaml = minimalCatalog("").replace("{ name: \"Acme Corp.\", kind: LEGAL_NAME }", "{ name: \"ACM\", kind: BRAND, fuzzy: true }");

        assertThatThrownBy(() -> CoveredCatalog.load(stream(yaml)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("'ACM' is too short to be misspellable");
    }

    @Test
    void refusesYamlThatIsNotACatalog() {
        assertThatThrownBy(() -> CoveredCatalog.load(stream("- just\n- a list\n")))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("the top level must be a mapping");
        assertThatThrownBy(() -> CoveredCatalog.load(stream("version: 1\nasOf: yesterday\n")))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("asOf must be a date written yyyy-MM-dd, found 'yesterday'");
    }

    private static String minimalCatalog(String familiesBlock) {
        return """
                version: "t"
                asOf: 2026-01-01
                reimbursement: { entities: [ACME], obtainedOnOrBefore: 2020-06-30 }
                entities:
                  - code: ACME
                    name: Acme
                    listedAs: "Acme (invented)"
                    addedToList: 2026-01-01
                    scope: [TELECOM_EQUIPMENT]
                    source: none
                    names:
                      - { name: "Acme Corp.", kind: LEGAL_NAME }
                """ + familiesBlock;
    }

    private static CoveredCatalog load(String resource) {
        InputStream in = CoveredCatalogTest.class.getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return CoveredCatalog.load(in);
    }

    private static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
