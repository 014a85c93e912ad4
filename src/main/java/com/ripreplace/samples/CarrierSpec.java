package com.ripreplace.samples;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What to generate: a carrier's name, how many sites it has and the seed that makes the inventory
 * reproducible. Everything else (states, vendor mix, covered share, program dates) is drawn from
 * the seed, so the same spec always gives the same rows.
 *
 * @param carrierName the name written on the Program sheet and in titles
 * @param sites       number of sites on the Sites sheet, 1 to {@value #MAX_SITES}
 * @param seed        seed for every random choice
 */
public record CarrierSpec(String carrierName, int sites, long seed) {

    /** Upper bound that keeps a generated workbook inside what the product will read (about 15 lines per site). */
    public static final int MAX_SITES = 30_000;

    public CarrierSpec {
        Objects.requireNonNull(carrierName, "carrierName");
        if (carrierName.isBlank()) {
            throw new IllegalArgumentException("A carrier needs a name");
        }
        if (sites < 1 || sites > MAX_SITES) {
            throw new IllegalArgumentException("Sites must be between 1 and " + MAX_SITES + ", was " + sites);
        }
    }

    /** A small rural wireless carrier: 25 sites in Montana and Wyoming, mostly Huawei, with an extension granted. */
    public static CarrierSpec small() {
        return new CarrierSpec("Big Horn Wireless", 25, 6L);
    }

    /** A mid-size carrier: 150 sites on the northern plains, mostly ZTE, with a pro-rated (39.5%) allocation. */
    public static CarrierSpec medium() {
        return new CarrierSpec("Prairie Sky Communications", 150, 343L);
    }

    /** A large regional carrier: 1,200 sites in Nebraska, Wyoming and Colorado, mostly Huawei, planning in quarters. */
    public static CarrierSpec large() {
        return new CarrierSpec("High Plains Cellular Cooperative", 1200, 3L);
    }

    /** A carrier of any size whose name is also drawn from the seed (what {@code generate --sites N --seed S} uses). */
    public static CarrierSpec ofSites(int sites, long seed) {
        return new CarrierSpec(nameFor(seed), sites, seed);
    }

    private static final List<String> NAME_FIRST = List.of(
            "Sagebrush", "Bitterroot", "Powder River", "Medicine Bow", "Red Butte", "Cheyenne River",
            "Sandhills", "Wind River", "Snake River", "Big Sky", "High Desert", "Badlands", "Flint Hills",
            "Sangre de Cristo", "Palouse", "Missouri Breaks", "Absaroka", "Owyhee", "Smoky Hill", "Pine Ridge");
    private static final List<String> NAME_SECOND = List.of(
            "Wireless", "Telephone Cooperative", "Communications", "Cellular", "Telecom", "Mutual Telephone",
            "Rural Wireless", "Networks");

    private static String nameFor(long seed) {
        SplittableRandom random = Seeds.stream(seed, 0x4E414D45L);
        return NAME_FIRST.get(random.nextInt(NAME_FIRST.size())) + " "
                + NAME_SECOND.get(random.nextInt(NAME_SECOND.size()));
    }
}
