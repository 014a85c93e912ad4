package com.ripreplace;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed samples and the inventory template import cleanly, each with the counts it was made with. */
class CommittedFilesTest {

    private static final InventoryCheck CHECK = new InventoryCheck(new InventoryReader(InputLimits.DEFAULTS),
            new CoveredGearMatcher(CoveredCatalog.loadDefault()));

    private static CheckResult check(String path) {
        Path file = Path.of(path);
        return CHECK.run(List.of(new InventoryReader.InputFile(file, file.getFileName().toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sample-inventories/small-carrier-25-sites.xlsx|25|211",
            "sample-inventories/medium-carrier-150-sites.xlsx|150|1307",
            "sample-inventories/large-carrier-1200-sites.xlsx|1200|10214",
            "sample-inventories/messy-carrier-export.csv|12|62",
            "sample-inventories/messy-legacy-inventory.xls|10|50",
            "templates/inventory-template.xlsx|2|2"})
    void importsCleanly(String expectation) {
        String[] parts = expectation.split("\\|");
        CheckResult result = check(parts[0]);

        assertThat(result.inventory().errors()).isEmpty();
        assertThat(result.report().summary().sites()).isEqualTo(Integer.parseInt(parts[1]));
        assertThat(result.report().summary().items()).isEqualTo(Integer.parseInt(parts[2]));
        assertThat(result.report().summary().coveredItems()).isPositive();
    }
}
