package com.ripreplace.covered;

import static com.ripreplace.covered.Gear.aLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoveredGearMatcherTest {

    private static CoveredGearMatcher matcher;

    @BeforeAll
    static void loadCatalogOnce() {
        matcher = new CoveredGearMatcher(CoveredCatalog.loadDefault());
    }

    private static Finding assess(Gear gear) {
        return matcher.assess(gear.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hauwei", "Huawai", "Huwaei", "Huawie", "Huaweii", "huwei"})
    void flagsHuaweiGearWhenVendorIsMisspelled(String vendor) {
        Finding finding = assess(aLine().vendor(vendor).model("Spare board"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.confidence()).isEqualTo(0.85);
        assertThat(finding.reason()).contains("looks like a misspelling of 'Huawei'").contains("Correct the Vendor column to 'Huawei'");
    }

    @ParameterizedTest
    @CsvSource({"Hikvison, HIKVISION", "Hikvission, HIKVISION", "Dahau, DAHUA", "Hyterra, HYTERA", "Kasperksy, KASPERSKY", "Quidwey, HUAWEI"})
    void flagsOtherCoveredMakersWhenTheirNamesAreMisspelled(String vendor, String entity) {
        assertThat(assess(aLine().vendor(vendor)).entity()).isEqualTo(entity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZTA", "ZTR", "DJJ", "Autal", "Honer", "Lorax", "Imuo"})
    void neverReadsShortOrUnmarkedNamesAsMisspellings(String vendor) {
        assertThat(assess(aLine().vendor(vendor)).covered()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhtech", "Blaze Technologies", "Aztec Communications", "Hawaiian Telcom", "Ozte Ltd", "Dahuang Farms"})
    void doesNotMatchACoveredNameWhoseLettersSitInsideAnotherWord(String vendor) {
        Finding finding = assess(aLine().vendor(vendor).model("X-100"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.reason()).startsWith("Vendor '" + vendor + "' is not on the Covered List");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei Technologies Co., Ltd.|HUAWEI", "HUAWEI TECHNOLOGIES CO.,LTD|HUAWEI", "华为技术有限公司|HUAWEI",
            "ZTE Corporation|ZTE", "中兴通讯股份有限公司|ZTE", "Zhongxing Telecommunication Equipment|ZTE",
            "Hangzhou Hikvision Digital Technology Co., Ltd.|HIKVISION", "海康威视|HIKVISION",
            "Zhejiang Dahua Technology Co., Ltd.|DAHUA", "大华|DAHUA", "海能达|HYTERA", "大疆|DJI", "道通智能|AUTEL",
            "AO Kaspersky Lab|KASPERSKY", "SZ DJI Technology Co., Ltd.|DJI", "Autel Robotics|AUTEL"})
    void flagsLegalNamesAndNamesInChineseCharacters(String vendor, String entity) {
        Finding finding = assess(aLine().vendor(vendor));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo(entity);
        assertThat(finding.confidence()).isEqualTo(0.99);
    }

    @ParameterizedTest
    @CsvSource({"Quidway, HUAWEI", "HiSilicon, HUAWEI", "Futurewei, HUAWEI", "EZVIZ, HIKVISION", "Imou, DAHUA",
            "Sepura, HYTERA", "Teltronic, HYTERA", "ZTE USA, ZTE", "HiLook, HIKVISION"})
    void flagsOldBrandsAndSubsidiaries(String vendor, String entity) {
        Finding finding = assess(aLine().vendor(vendor));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo(entity);
        assertThat(finding.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void doesNotFlagH3cAsHuawei() {
        Finding finding = assess(aLine().vendor("H3C").model("S5130-28S-EI"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.reason()).contains("Vendor 'H3C' is not on the Covered List").contains("Huawei left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Huawei-3Com", "New H3C Technologies", "Hisense", "ZTT", "Zhongtian Technology", "Zhone",
            "DZS", "Dasan Zhone Solutions", "Hughes Network Systems", "Huber+Suhner", "HUBER + SUHNER", "Baicells",
            "FS.com", "Flexoptix", "Nautel", "Teltronics", "Uniview", "Honor Device Co., Ltd.", "Shanghai Dahua Scale Factory"})
    void doesNotFlagLookalikesAndSaysWhy(String vendor) {
        Finding finding = assess(aLine().vendor(vendor).model("Line card"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.needsReview()).isFalse();
        assertThat(finding.reason()).contains("is not on the Covered List:");
    }

    @Test
    void doesNotFlagThirdPartyOpticsDescribedAsHuaweiCompatible() {
        Finding finding = assess(aLine().vendor("FS.com").model("SFP-10G-LR").description("Huawei compatible 10GBASE-LR SFP+"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.reason()).contains("third-party optics").contains("names Huawei only as what this gear works with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SFP+ optic compatible with Huawei", "Huawei-compatible 25G SR", "ZTE coded QSFP28",
            "Antenna bracket for Huawei RRU3908", "Battery for ZTE ZXDU68 cabinet", "replaces Huawei BBU3900"})
    void doesNotFlagGearDescribedAsMadeToWorkWithCoveredGear(String description) {
        Finding finding = assess(aLine().vendor("").description(description));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.reason()).contains("only as what this gear works with or replaces");
    }

    @Test
    void flagsAHuaweiModelNumberWhenTheVendorIsBlankAndAsksForTheNameplate() {
        Finding finding = assess(aLine().vendor("").model("RRU3908"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.confidence()).isEqualTo(0.8);
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason())
                .startsWith("Model 'RRU3908' belongs to Huawei's RRU remote radio unit family (RAN); the Vendor column is blank.")
                .contains("To settle this, check the nameplate and fill in the Vendor column.");
    }

    @Test
    void needsReviewWhenCiscoVendorHasHuaweiModel() {
        Finding finding = assess(aLine().vendor("Cisco").model("S5720-28X-SI-AC"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.confidence()).isEqualTo(0.55);
        assertThat(finding.reason()).contains("Vendor 'Cisco' is not on the Covered List. But model 'S5720-28X-SI-AC' belongs to Huawei's")
                .contains("To settle this, check the nameplate");
    }

    @Test
    void needsReviewWhenATrustedVendorHasAHuaweiMacAddress() {
        Finding finding = assess(aLine().vendor("Ericsson").model("RBS 6601").mac("00:E0:FC:12:34:56"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.confidence()).isEqualTo(0.5);
        assertThat(finding.reason()).contains("MAC '00:E0:FC:12:34:56' is in block 00E0FC, registered to HUAWEI TECHNOLOGIES CO.,LTD");
    }

    @Test
    void needsReviewWhenATrustedVendorsDescriptionNamesACoveredMaker() {
        Finding finding = assess(aLine().vendor("Ericsson").model("RBS 6601").description("Huawei unit, relabelled"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason()).contains("But the description names Huawei");
    }

    @Test
    void needsReviewWhenTheModelBelongsToAnotherCoveredMakerThanTheVendor() {
        Finding finding = assess(aLine().vendor("Huawei").model("ZXSDR B8200"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason()).contains("ZTE's ZXSDR/ZXRAN radio access");
    }

    @Test
    void trustsAVendorMoreWhenModelAndMacAgree() {
        Finding vendorOnly = assess(aLine().vendor("Hauwei"));
        Finding corroborated = assess(aLine().vendor("Hauwei").model("BBU5900").mac("00e0.fc12.3456"));

        assertThat(corroborated.confidence()).isGreaterThan(vendorOnly.confidence());
        assertThat(corroborated.confidence()).isEqualTo(0.99);
    }

    @Test
    void treatsCoveredGearWithoutPurchaseDateAsNeedingReview() {
        Finding finding = assess(aLine().vendor("ZTE").model("ZXA10 C300").withoutPurchaseDate());

        assertThat(finding.covered()).isTrue();
        assertThat(finding.reimbursable()).isFalse();
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason())
                .contains("Purchase date is missing: reimbursement needs proof the gear was obtained on or before 30 June 2020")
                .contains("To settle this, find the invoice or delivery record and fill in the Purchase Date column.");
    }

    @ParameterizedTest
    @CsvSource({"2020-06-30, true", "2020-07-01, false", "2012-01-01, true", "2024-05-05, false"})
    void reimbursesHuaweiAndZteGearOnlyWhenObtainedOnOrBeforeThirtiethJune2020(String obtained, boolean reimbursable) {
        assertThat(assess(aLine().vendor("Huawei").model("BBU3900").obtainedOn(obtained)).reimbursable()).isEqualTo(reimbursable);
        assertThat(assess(aLine().vendor("ZTE").model("ZXSDR B8200").obtainedOn(obtained)).reimbursable()).isEqualTo(reimbursable);
    }

    @Test
    void explainsThatHuaweiGearObtainedAfterTheCutoffIsCarrierPaid() {
        Finding finding = assess(aLine().vendor("Huawei").model("BBU5900").obtainedOn("2021-03-01"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.reimbursable()).isFalse();
        assertThat(finding.needsReview()).isFalse();
        assertThat(finding.reason()).contains("Obtained 2021-03-01, after 30 June 2020: carrier-paid");
    }

    @Test
    void remembersAVerdictButWritesEachLinesOwnDateAndMacIntoItsReason() {
        CoveredGearMatcher fresh = new CoveredGearMatcher(CoveredCatalog.loadDefault());
        Gear bbu = aLine().vendor("Huawei").model("BBU3900").description("Baseband unit");

        Finding first = fresh.assess(bbu.mac("00:E0:FC:00:00:01").obtainedOn("2019-05-01").line());
        Finding second = fresh.assess(bbu.mac("00:E0:FC:00:00:02").obtainedOn("2019-06-02").line());
        Finding later = fresh.assess(bbu.mac("00:E0:FC:00:00:03").obtainedOn("2021-01-15").line());
        Finding undated = fresh.assess(bbu.mac("00:E0:FC:00:00:04").withoutPurchaseDate().line());

        assertThat(first.reason()).contains("MAC '00:E0:FC:00:00:01' is in block 00E0FC")
                .contains("Obtained 2019-05-01, on or before 30 June 2020: reimbursable");
        assertThat(second.reason()).contains("MAC '00:E0:FC:00:00:02' is in block 00E0FC")
                .contains("Obtained 2019-06-02, on or before 30 June 2020: reimbursable").doesNotContain("00:00:01");
        assertThat(later.reimbursable()).isFalse();
        assertThat(later.reason()).contains("MAC '00:E0:FC:00:00:03'").contains("Obtained 2021-01-15, after 30 June 2020");
        assertThat(undated.needsReview()).isTrue();
        assertThat(undated.reason()).contains("MAC '00:E0:FC:00:00:04'").contains("Purchase date is missing");
        assertThat(List.of(first, second, later, undated)).allSatisfy(f ->
                assertThat(f.reason()).doesNotContain("\uDFFE").doesNotContain("\uDFFF"));
    }

    @Test
    void assessesManyLinesAtOnceAsItAssessesEachAlone() {
        List<GearLine> lines = List.of(aLine().vendor("Huawei").model("BBU3900").obtainedOn("2019-05-01").line(),
                aLine().vendor("Cisco").model("ASR 920").mac("00:E0:FC:12:34:56").line(),
                aLine().vendor("Huawei").model("BBU3900").obtainedOn("2019-05-01").line(),
                aLine().vendor("Hauwei").model("RRU3908").withoutPurchaseDate().line());
        List<Optional<EngineerDecision>> overrides = List.of(Optional.empty(), Optional.empty(),
                EngineerDecision.parse("not covered: the unit was swapped for an Ericsson one in 2021"), Optional.empty());

        List<Finding> together = new CoveredGearMatcher(CoveredCatalog.loadDefault()).assessAll(lines, overrides);

        for (int i = 0; i < lines.size(); i++) {
            assertThat(together.get(i)).isEqualTo(new CoveredGearMatcher(CoveredCatalog.loadDefault())
                    .assess(lines.get(i), overrides.get(i)));
        }
        assertThat(together.get(2).covered()).isFalse();
        assertThat(together.get(2).overridden()).isTrue();
        assertThatThrownBy(() -> matcher.assessAll(lines, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("4 lines but 0 overrides");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-12-31", "2020-06-30", "2019-01-09", "2011-10-05", "0999-03-04"})
    void writesEachLinesPurchaseDateIntoItsReasonAsTheDateIsWritten(String obtained) {
        CoveredGearMatcher fresh = new CoveredGearMatcher(CoveredCatalog.loadDefault());
        fresh.assess(aLine().vendor("Huawei").model("BBU3900").obtainedOn("2019-05-01").line());

        Finding finding = fresh.assess(aLine().vendor("Huawei").model("BBU3900").obtainedOn(obtained).line());

        assertThat(finding.reason()).contains("Obtained " + obtained + ", on or before 30 June 2020: reimbursable");
    }

    @Test
    void givesEveryLineTheFindingItWouldGetReadAloneWhateverItsDescriptionSays() {
        // One matcher remembers kinds of line, and lines whose descriptions say nothing to the rules are one kind;
        // a description that names a maker, a model family or a service must still decide for its own line.
        List<Gear> lines = List.of(
                aLine().vendor("Huawei").model("BBU3900").description("Baseband unit, link to WA-0297"),
                aLine().vendor("Huawei").model("BBU3900").description("Baseband unit, link to OR-0001"),
                aLine().vendor("Huawei").model("BBU3900").description("Replaces ZTE ZXSDR B8200 at this site"),
                aLine().vendor("Cisco").model("ASR 920").description("Cell site router, link to WA-0297"),
                aLine().vendor("Cisco").model("ASR 920").description("Came with a Huawei OptiX OSN 3500 shelf"),
                aLine().vendor("Cisco").model("ASR 920").description("SFP for Huawei OSN 3500"),
                aLine().vendor("Cisco").model("ASR 920").description("Hauwei spare, link to WA-0297"),
                aLine().vendor("Cisco").model("ASR 920").description("H3C switch behind it"),
                aLine().vendor("China Telecom Americas").category("Router").description("Rack 3, link to WA-0297"),
                aLine().vendor("China Telecom Americas").category("Router").description("IPLC circuit to Hong Kong"),
                aLine().model("Unit").description("Cabinet, link to WA-0297"),
                aLine().model("Unit").description("ZXSDR B8200 baseband"),
                aLine().model("Unit").description("Baseband, link to OR-0001"),
                aLine().vendor("Acme Supply").model("Unit").description("Rack 3, link to WA-0297"),
                aLine().vendor("Acme Supply").model("Unit").description("Mobile hotspot for the crew truck"),
                aLine().vendor("Acme Supply").model("Unit").description("Nighthawk M6, crew truck"),
                aLine().vendor("Acme Supply").model("Unit").description("Enterprise LTE router, crew truck"));
        CoveredGearMatcher remembering = new CoveredGearMatcher(CoveredCatalog.loadDefault());

        for (Gear gear : lines) {
            Finding alone = new CoveredGearMatcher(CoveredCatalog.loadDefault()).assess(gear.line());
            assertThat(remembering.assess(gear.line())).as(gear.line().description()).isEqualTo(alone);
        }
        assertThat(remembering.assess(lines.get(9).line()).covered()).isTrue();
        assertThat(remembering.assess(lines.get(8).line()).covered()).isFalse();
        assertThat(remembering.assess(lines.get(4).line()).needsReview()).isTrue();
        assertThat(remembering.assess(lines.get(3).line()).needsReview()).isFalse();
        assertThat(remembering.assess(lines.get(13).line()).coveredCategory()).isNull();
        assertThat(remembering.assess(lines.get(14).line()).coveredCategory()).isEqualTo("FOREIGN_CONSUMER_ROUTER");
        assertThat(remembering.assess(lines.get(15).line()).coveredCategory()).isEqualTo("FOREIGN_CONSUMER_ROUTER");
        assertThat(remembering.assess(lines.get(16).line()).coveredCategory()).isNull();
    }

    @Test
    void readsALineWhoseCellsHoldUnusualCharactersLikeAnyOther() {
        Finding finding = assess(aLine().vendor("Huawei").model("BBU3900\uDFFF").obtainedOn("2019-05-01"));

        assertThat(finding.covered()).isTrue();
        assertThat(finding.reason()).contains("Obtained 2019-05-01, on or before 30 June 2020");
    }

    @ParameterizedTest
    @CsvSource({"Hikvision, DS-2CD2143G0-I", "Hytera, PD782i", "DJI, Matrice 300 RTK", "Kaspersky Lab, Endpoint Security"})
    void explainsThatOtherCoveredGearIsCarrierPaidWhateverItsDate(String vendor, String model) {
        Finding finding = assess(aLine().vendor(vendor).model(model).withoutPurchaseDate());

        assertThat(finding.covered()).isTrue();
        assertThat(finding.reimbursable()).isFalse();
        assertThat(finding.needsReview()).isFalse();
        assertThat(finding.reason()).contains("Covered but not reimbursable: the program reimburses only Huawei and ZTE gear");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ericsson", "Nokia", "Samsung", "Cisco", "Juniper", "Ciena", "Adtran", "Calix", "Cambium",
            "Aviat", "CommScope", "Axis", "Motorola"})
    void saysPlainlyThatATrustedVendorIsNotCovered(String vendor) {
        Finding finding = assess(aLine().vendor(vendor).model("Generic unit"));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.needsReview()).isFalse();
        assertThat(finding.reason()).isEqualTo("Vendor '" + vendor + "' is not on the Covered List.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Netgear|R8000", "Samsung|870 EVO 1TB", "Calix|E5-520", "Dell|PowerEdge R840",
            "Juniper|MX204"})
    void doesNotReadOtherMakersModelNumbersAsCoveredFamilies(String vendor, String model) {
        Finding finding = assess(aLine().vendor(vendor).model(model));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.needsReview()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:E0:FC:12:34:56", "00-e0-fc-12-34-56", "00e0.fc12.3456", "00E0FC123456", "00e0fc"})
    void readsMacAddressesInAnyCommonSpelling(String mac) {
        Finding finding = assess(aLine().mac(mac));

        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.confidence()).isEqualTo(0.7);
        assertThat(finding.needsReview()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:E0:FC:12:34:56:78", "00E0F", "00:E0:FC:12:34:5G", "00\tE0FC123456", "00:E0:FC:1２:34:56",
            "serial 00E0FC"})
    void findsNoCoveredBlockInWhatIsNotAMacAddress(String mac) {
        Finding finding = assess(aLine().vendor("Cisco").model("ASR 920").mac(mac));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.reason()).doesNotContain("block");
    }

    @Test
    void ignoresLocallyAdministeredMacAddresses() {
        assertThat(assess(aLine().vendor("Cisco").mac("02:E0:FC:12:34:56")).covered()).isFalse();
    }

    @Test
    void readsMacBlocksSmallerThanAFullOui() {
        Finding finding = assess(aLine().mac("18:D7:93:60:00:01"));

        assertThat(finding.entity()).isEqualTo("AUTEL");
        assertThat(finding.reason()).contains("block 18D7936");
    }

    @Test
    void countsHonorAsHuaweiOnlyBeforeTheSpinOff() {
        assertThat(assess(aLine().vendor("Honor").obtainedOn("2019-06-01")).entity()).isEqualTo("HUAWEI");
        Finding after = assess(aLine().vendor("Honor").obtainedOn("2021-06-01"));
        assertThat(after.covered()).isFalse();
        assertThat(after.reason()).contains("outside the period Honor was Huawei's (until 16 November 2020)");
        Finding undated = assess(aLine().vendor("Honor").withoutPurchaseDate());
        assertThat(undated.covered()).isTrue();
        assertThat(undated.needsReview()).isTrue();
    }

    @Test
    void treatsLorexAsDahuaOnlyWhileDahuaOwnedItAndAlwaysAsksForReview() {
        Finding during = assess(aLine().vendor("Lorex").obtainedOn("2020-01-01"));
        Finding after = assess(aLine().vendor("Lorex").obtainedOn("2024-01-01"));

        assertThat(during.covered()).isTrue();
        assertThat(during.entity()).isEqualTo("DAHUA");
        assertThat(during.needsReview()).isTrue();
        assertThat(after.covered()).isFalse();
        assertThat(after.needsReview()).isTrue();
        assertThat(after.reason()).contains("24 November 2022").contains("To settle this, check the label");
    }

    @Test
    void coversTheChineseCarriersOnlyForTheirServices() {
        Finding service = assess(aLine().vendor("China Telecom Americas").category("Service").description("IP transit 1G"));
        Finding router = assess(aLine().vendor("China Mobile").model("CM-R200").category("Router"));

        assertThat(service.covered()).isTrue();
        assertThat(service.entity()).isEqualTo("CHINA_TELECOM");
        assertThat(router.covered()).isFalse();
        assertThat(router.needsReview()).isTrue();
        assertThat(router.reason()).contains("only for its international telecom services");
    }

    @Test
    void doesNotFlagTheComNetEquipmentBrandButFlagsComNetUsaServices() {
        assertThat(assess(aLine().vendor("ComNet").model("CNGE2FE8MSPOE")).covered()).isFalse();
        assertThat(assess(aLine().vendor("ComNet (USA) LLC").description("International voice termination")).entity())
                .isEqualTo("COMNET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＨＵＡＷＥＩ", "Huawéi", "  huawei\u00a0technologies  ", "HUAWEI/", "Huawei's"})
    void normalisesWidthAccentsCaseAndSpacing(String vendor) {
        assertThat(assess(aLine().vendor(vendor)).entity()).isEqualTo("HUAWEI");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"|Matrice 300 RTK|DJI", "|Mavic 3 Enterprise|DJI", "|EVO II Pro|AUTEL", "|EVO Max 4T|AUTEL"})
    void flagsDjiAndAutelDronesFromTheirModelNames(String vendor, String model, String entity) {
        assertThat(assess(aLine().vendor(vendor).model(model)).entity()).isEqualTo(entity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unknown", "N/A", "TBD", "-", "?"})
    void treatsPlaceholderVendorsAsBlank(String vendor) {
        Finding finding = assess(aLine().vendor(vendor).model("RRU3908"));

        assertThat(finding.entity()).isEqualTo("HUAWEI");
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason()).contains("check the nameplate and fill in the Vendor column");
    }

    @Test
    void asksForTheVendorWhenALineSaysNothingAtAll() {
        Finding finding = matcher.assess(new GearLine(null, null, null, null, null, null));

        assertThat(finding.covered()).isFalse();
        assertThat(finding.needsReview()).isTrue();
        assertThat(finding.reason()).contains("Vendor column is blank").contains("To settle this, check the nameplate and fill in the Vendor column.");
    }

    @Test
    void everyReviewReasonSaysWhatWouldSettleIt() {
        for (String file : new String[] {"labelled-gear.csv", "holdout-gear.csv"}) {
            for (LabelledGear labelled : LabelledGear.readResource("/covered/" + file)) {
                Finding finding = matcher.assess(labelled.line());
                if (finding.needsReview()) {
                    assertThat(finding.reason()).as(file + " row " + labelled.row()).contains("To settle this, ");
                } else {
                    assertThat(finding.reason()).as(file + " row " + labelled.row()).doesNotContain("To settle this, ");
                }
                assertThat(finding.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void leavesHuaweiAndZteCpeAsEntityGearThatMayBeReimbursed() {
        Finding huawei = assess(aLine().vendor("Huawei").model("B618s-22d").category("CPE").obtainedOn("2019-03-21"));

        assertThat(huawei.entity()).isEqualTo("HUAWEI");
        assertThat(huawei.reimbursable()).isTrue();
        assertThat(huawei.mustReplace()).isTrue();
        assertThat(huawei.coveredCategory()).isNull();
    }

    @Test
    void treatsARouterBoughtOnTheListingDayAsAuthorisedBeforeIt() {
        Finding onTheDay = assess(aLine().vendor("TP-Link").model("Archer AX55").obtainedOn("2026-03-23"));
        Finding dayAfter = assess(aLine().vendor("TP-Link").model("Archer AX55").obtainedOn("2026-03-24"));

        assertThat(onTheDay.covered()).isFalse();
        assertThat(onTheDay.needsReview()).isFalse();
        assertThat(onTheDay.reason()).contains("Obtained 2026-03-23, on or before 23 March 2026");
        assertThat(dayAfter.covered()).isTrue();
        assertThat(dayAfter.needsReview()).isTrue();
        assertThat(dayAfter.reason()).contains("Obtained 2026-03-24, after 23 March 2026");
    }

    @Test
    void keepsCarrierGradeAndEnterpriseRoutersOutOfTheConsumerRouterCategory() {
        assertThat(assess(aLine().vendor("Cisco").model("ASR-920").category("Router")).coveredCategory()).isNull();
        assertThat(assess(aLine().vendor("Nokia").model("7750 SR-1").category("Router")).coveredCategory()).isNull();
        assertThat(assess(aLine().vendor("Cradlepoint").model("E300").description("Enterprise LTE router"))
                .coveredCategory()).isNull();
        assertThat(assess(aLine().vendor("Nokia").model("FastMile 5G Gateway 3")).coveredCategory())
                .isEqualTo("FOREIGN_CONSUMER_ROUTER");
    }
}
