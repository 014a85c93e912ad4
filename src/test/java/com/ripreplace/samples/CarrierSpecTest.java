package com.ripreplace.samples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarrierSpecTest {

    @Test
    void namesThreeSizesOfCarrier() {
        assertThat(CarrierSpec.small().sites()).isEqualTo(25);
        assertThat(CarrierSpec.medium().sites()).isEqualTo(150);
        assertThat(CarrierSpec.large().sites()).isEqualTo(1200);
    }

    @Test
    void drawsTheNameOfAnUnnamedCarrierFromItsSeed() {
        assertThat(CarrierSpec.ofSites(1200, 7L)).isEqualTo(CarrierSpec.ofSites(1200, 7L));
        assertThat(CarrierSpec.ofSites(1200, 7L).carrierName()).isNotBlank();
    }

    @Test
    void refusesACarrierWithoutSitesOrName() {
        assertThatThrownBy(() -> new CarrierSpec("Acme", 0, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CarrierSpec(" ", 10, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CarrierSpec("Acme", CarrierSpec.MAX_SITES + 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void picksNeighbouringStatesIncludingAMountainousOne() {
        for (long seed = 0; seed < 200; seed++) {
            CarrierProfile profile = CarrierProfile.of(CarrierSpec.ofSites(seed % 2 == 0 ? 30 : 900, seed));
            assertThat(profile.states()).isNotEmpty().doesNotHaveDuplicates().anyMatch(UsState::mountainous);
            assertThat(profile.coveredShare()).isBetween(0.40, 0.70);
        }
    }
}
