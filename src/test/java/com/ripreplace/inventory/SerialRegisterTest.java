package com.ripreplace.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerialRegisterTest {

    @Test
    void answersWhereASerialWasFirstReadWhateverItsCase() {
        SerialRegister register = new SerialRegister();

        assertThat(register.register("21023519BD10H4000123", new SourceRef("north.xlsx", "Equipment", 14))).isNull();
        assertThat(register.register("sn-0001", new SourceRef("south.csv", null, 3))).isNull();

        assertThat(register.register("21023519bd10h4000123", new SourceRef("south.csv", null, 9)))
                .isEqualTo(new SourceRef("north.xlsx", "Equipment", 14));
        assertThat(register.register("SN-0001", new SourceRef("north.xlsx", "Spares", 2)))
                .isEqualTo(new SourceRef("south.csv", null, 3));
    }

    @Test
    void keepsEverySerialOfALargeInventoryAndOnlyThose() {
        SerialRegister register = new SerialRegister();
        for (int row = 2; row < 200_002; row++) {
            String sheet = row % 2 == 0 ? "Equipment" : "Spares";
            assertThat(register.register("SN-" + row, new SourceRef("big.xlsx", sheet, row))).isNull();
        }

        assertThat(register.register("sn-150001", new SourceRef("more.xlsx", "Equipment", 7)))
                .isEqualTo(new SourceRef("big.xlsx", "Spares", 150_001));
        assertThat(register.register("SN-2", new SourceRef("more.xlsx", "Equipment", 8)))
                .isEqualTo(new SourceRef("big.xlsx", "Equipment", 2));
        assertThat(register.register("SN-200002", new SourceRef("more.xlsx", "Equipment", 9))).isNull();
        assertThat(register.register("SN-1", new SourceRef("more.xlsx", "Equipment", 10))).isNull();
    }
}
