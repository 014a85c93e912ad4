package com.ripreplace.samples;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorPartsTest {

    @Test
    void givesEveryLineNumberItsOwnSerialCode() {
        Set<String> codes = new HashSet<>();
        for (long line = 0; line < 300_000; line++) {
            assertThat(codes.add(SerialNumbers.code(line, 12_345L))).isTrue();
        }
        assertThat(codes).allSatisfy(code -> assertThat(code).hasSize(5));
    }

    @Test
    void makesSerialsInEachVendorsStyle() {
        SerialNumbers serials = new SerialNumbers(1L);
        SplittableRandom random = new SplittableRandom(1L);
        assertThat(serials.next(Vendor.SerialStyle.HUAWEI, 2017, random)).hasSize(20).startsWith("210");
        assertThat(serials.next(Vendor.SerialStyle.CISCO, 2018, random)).startsWith("FOC22");
        assertThat(serials.next(Vendor.SerialStyle.ZTE_ONT, 2019, random)).startsWith("ZTEG");
        assertThat(serials.issued()).isEqualTo(3);
    }

    @Test
    void placesEveryTownInsideItsOwnState() {
        for (UsState state : UsState.values()) {
            assertThat(state.towns()).isNotEmpty().allSatisfy(town ->
                    assertThat(state.contains(town.lat(), town.lon())).as("%s, %s", town.name(), state).isTrue());
        }
    }

    @Test
    void offersCoveredAndTrustedGearForEveryCategory() {
        GearCatalog catalog = GearCatalog.standard();
        for (Category category : Category.values()) {
            assertThat(catalog.models()).as(category.label())
                    .anyMatch(m -> m.category() == category && m.vendor().covered())
                    .anyMatch(m -> m.category() == category && m.vendor().standing() == Vendor.Standing.TRUSTED);
        }
    }

    @Test
    void lacksNoKindOfGearAnySiteNeeds() {
        CarrierProfile profile = CarrierProfile.of(CarrierSpec.ofSites(400, 5L));
        EquipmentLines lines = new EquipmentLines(profile, GearCatalog.standard(), new SplittableRandom(5L),
                new SerialNumbers(5L));
        for (Site site : SiteNetwork.layOut(profile)) {
            assertThat(lines.at(site)).hasSizeBetween(5, 15)
                    .allSatisfy(line -> assertThat(line.model().installedAt(site.type())).isTrue());
        }
    }
}
