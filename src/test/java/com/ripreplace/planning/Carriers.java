package com.ripreplace.planning;

import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.check.InventoryCheck;
import com.ripreplace.covered.CoveredCatalog;
import com.ripreplace.covered.CoveredGearMatcher;
import com.ripreplace.inventory.InputLimits;
import com.ripreplace.inventory.InventoryReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Synthetic carriers written as CSV inventories and checked, for solver tests: a seeded mix of a
 * core, hubs that depend on it, towers that depend on their hub, some seasonal, all with Huawei gear.
 */
final class Carriers {

    private static final InventoryCheck CHECK = new InventoryCheck(new InventoryReader(InputLimits.DEFAULTS),
            new CoveredGearMatcher(CoveredCatalog.loadDefault()));

    private Carriers() {
    }

    /** {@code towers} independent year-round towers, one Huawei radio each. */
    static CheckResult aRuralCarrierWithTowers(Path dir, int towers) {
        StringBuilder csv = new StringBuilder("Site ID,Site Type,Latitude,Longitude,Vendor,Model,Serial,Category,Quantity,Purchase Date\n");
        for (int i = 1; i <= towers; i++) {
            csv.append(String.format("T-%03d,Tower,%.4f,%.4f,Huawei,RRU3908,SN-%03d,Radio Unit,1,2019-03-01%n",
                    i, 44 + i * 0.01, -104 - i * 0.01, i));
        }
        return check(dir, "towers.csv", csv.toString());
    }

    /** A seeded carrier with a core, hubs depending on it and towers depending on hubs; a fifth are summer-only. */
    static CheckResult aNetworkOf(Path dir, int sites, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Site ID,Site Type,Critical,Subscribers,Depends On,Access Months,"
                + "Latitude,Longitude,Vendor,Model,Serial,Category,Quantity,Purchase Date\n");
        csv.append("CORE,Core,Y,5000,,,42.85,-106.32,Huawei,CloudCore,SN-CORE,Core,1,2018-01-01\n");
        int hubs = Math.max(1, sites / 10);
        for (int h = 1; h <= hubs; h++) {
            csv.append(String.format("HUB-%02d,Hub,Y,%d,CORE,,%.3f,%.3f,ZTE,ZXMW NR8250,SN-H%02d,Microwave,1,2019-01-01%n",
                    h, 1000 + random.nextInt(1000), 43 + random.nextDouble() * 2, -107 + random.nextDouble() * 3, h));
        }
        for (int t = 1; t <= sites - hubs - 1; t++) {
            String access = random.nextInt(5) == 0 ? "May-Oct" : "";
            csv.append(String.format("T-%03d,Tower,N,%d,HUB-%02d,%s,%.3f,%.3f,Huawei,RRU3908,SN-T%03d,Radio Unit,%d,2019-06-01%n",
                    t, random.nextInt(800), 1 + random.nextInt(hubs), access, 43 + random.nextDouble() * 2,
                    -107 + random.nextDouble() * 3, t, 1 + random.nextInt(3)));
        }
        return check(dir, "network.csv", csv.toString());
    }

    static long coveredSites(CheckResult result) {
        return result.items().stream().filter(i -> i.finding().covered()).map(CheckedItem::line)
                .map(l -> l.siteId()).distinct().count();
    }

    static CheckResult check(Path dir, String name, String content) {
        try {
            Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
            CheckResult result = CHECK.run(List.of(new InventoryReader.InputFile(file, name)));
            if (!result.usable()) {
                throw new IllegalStateException(result.inventory().errors().toString());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
