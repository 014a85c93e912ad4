package com.ripreplace.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static com.ripreplace.samples.Category.ANTENNA;
import static com.ripreplace.samples.Category.CORE;
import static com.ripreplace.samples.Category.DRONE;
import static com.ripreplace.samples.Category.IP_ROUTING;
import static com.ripreplace.samples.Category.MICROWAVE;
import static com.ripreplace.samples.Category.OLT;
import static com.ripreplace.samples.Category.ONT_CPE;
import static com.ripreplace.samples.Category.OPTICAL_TRANSPORT;
import static com.ripreplace.samples.Category.POWER;
import static com.ripreplace.samples.Category.RADIO_UNIT;
import static com.ripreplace.samples.Category.RAN_BASEBAND;
import static com.ripreplace.samples.Category.SOFTWARE;
import static com.ripreplace.samples.Category.SURVEILLANCE;

/**
 * Draws the gear installed at a site: what a site of its kind always has, a few more lines of the
 * kinds it usually has, each line covered or trusted in the carrier's proportion, with the site's
 * vendors favoured so a tower's baseband and radios mostly match.
 */
final class EquipmentLines {

    private static final LocalDate FIRST_PURCHASE = LocalDate.of(2012, 1, 1);
    private static final LocalDate LAST_COVERED_PURCHASE = LocalDate.of(2022, 12, 31);
    private static final LocalDate LAST_TRUSTED_PURCHASE = LocalDate.of(2023, 12, 31);
    private static final double LATE_COVERED_PURCHASE = 0.10;
    private static final double NO_PURCHASE_DATE = 0.02;
    private static final double OWN_UNIT_COST = 0.15;
    private static final double MAC_RECORDED = 0.40;
    private static final double LOOKALIKE = 0.07;

    /** What a kind of site holds: lines it always has, the range of line counts, and weights for the rest. */
    private record Kit(List<Category> always, int minLines, int maxLines, Map<Category, Double> extras) {
    }

    private static final Map<SiteType, Kit> KITS = new EnumMap<>(SiteType.class);

    static {
        KITS.put(SiteType.TOWER, new Kit(List.of(RAN_BASEBAND, RADIO_UNIT, ANTENNA, MICROWAVE, POWER), 5, 12,
                weights(RADIO_UNIT, 5, ANTENNA, 3, MICROWAVE, 1, IP_ROUTING, 3, POWER, 1, SURVEILLANCE, 1.5,
                        OPTICAL_TRANSPORT, 0.4, RAN_BASEBAND, 0.5)));
        KITS.put(SiteType.ROOFTOP, new Kit(List.of(RAN_BASEBAND, RADIO_UNIT, ANTENNA, POWER, IP_ROUTING), 5, 10,
                weights(RADIO_UNIT, 4, ANTENNA, 3, MICROWAVE, 1, SURVEILLANCE, 0.5)));
        KITS.put(SiteType.SHELTER, new Kit(List.of(POWER, MICROWAVE, IP_ROUTING, OPTICAL_TRANSPORT, SURVEILLANCE), 5, 8,
                weights(MICROWAVE, 2, IP_ROUTING, 1, OLT, 1, POWER, 1, OPTICAL_TRANSPORT, 1)));
        KITS.put(SiteType.HUB, new Kit(List.of(MICROWAVE, MICROWAVE, IP_ROUTING, OPTICAL_TRANSPORT, POWER, RAN_BASEBAND,
                RADIO_UNIT, ANTENNA), 8, 15,
                weights(MICROWAVE, 3, IP_ROUTING, 2, OPTICAL_TRANSPORT, 1, RADIO_UNIT, 3, ANTENNA, 1, SURVEILLANCE, 1,
                        OLT, 0.5, DRONE, 0.2, POWER, 1)));
        KITS.put(SiteType.CORE, new Kit(List.of(CORE, IP_ROUTING, IP_ROUTING, OPTICAL_TRANSPORT, POWER, SOFTWARE,
                SURVEILLANCE), 10, 15,
                weights(IP_ROUTING, 2, OPTICAL_TRANSPORT, 1, SOFTWARE, 1.5, MICROWAVE, 1, DRONE, 0.6, RADIO_UNIT, 0.8,
                        SURVEILLANCE, 1, POWER, 1, CORE, 0.5)));
        KITS.put(SiteType.CENTRAL_OFFICE, new Kit(List.of(OLT, ONT_CPE, OPTICAL_TRANSPORT, IP_ROUTING, POWER), 8, 15,
                weights(ONT_CPE, 3, OLT, 1, IP_ROUTING, 1, OPTICAL_TRANSPORT, 1, SURVEILLANCE, 0.5, POWER, 0.5)));
    }

    private final CarrierProfile profile;
    private final GearCatalog catalog;
    private final SplittableRandom random;
    private final SerialNumbers serials;

    EquipmentLines(CarrierProfile profile, GearCatalog catalog, SplittableRandom random, SerialNumbers serials) {
        this.profile = profile;
        this.catalog = catalog;
        this.random = random;
        this.serials = serials;
    }

    /** The site's lines: between 5 and 15 of them. */
    List<EquipmentLine> at(Site site) {
        Kit kit = KITS.get(site.type());
        int count = kit.minLines() + random.nextInt(kit.maxLines() - kit.minLines() + 1);
        List<Category> categories = new ArrayList<>(kit.always());
        while (categories.size() < count) {
            categories.add(weighted(kit.extras()));
        }
        Vendor siteCovered = random.nextDouble() < 0.8 ? profile.primaryCovered() : other(profile.primaryCovered());
        Vendor siteTrusted = random.nextDouble() < 0.75 ? profile.preferredTrusted()
                : List.of(Vendor.ERICSSON, Vendor.NOKIA, Vendor.SAMSUNG).get(random.nextInt(3));
        List<EquipmentLine> lines = new ArrayList<>(count);
        for (Category category : categories) {
            lines.add(line(site, category, siteCovered, siteTrusted));
        }
        return lines;
    }

    private EquipmentLine line(Site site, Category category, Vendor siteCovered, Vendor siteTrusted) {
        GearModel model = chooseModel(site.type(), category, siteCovered, siteTrusted);
        Vendor vendor = model.vendor();
        String vendorName = spelling(vendor);
        Optional<LocalDate> purchased = purchaseDate(vendor);
        int year = purchased.map(LocalDate::getYear).orElse(2018);
        String serial = serials.next(model.serialStyle(), year, random);
        int quantity = model.minQuantity() + random.nextInt(model.maxQuantity() - model.minQuantity() + 1);
        Optional<BigDecimal> unitCost = random.nextDouble() < OWN_UNIT_COST
                ? Optional.of(BigDecimal.valueOf(Math.round(model.nominalUnitCost() * (0.9 + 0.35 * random.nextDouble()) / 10.0) * 10L)
                        .setScale(2, RoundingMode.UNNECESSARY))
                : Optional.empty();
        Optional<String> mac = model.networked() && !vendor.ouis().isEmpty() && random.nextDouble() < MAC_RECORDED
                ? Optional.of(mac(vendor))
                : Optional.empty();
        return new EquipmentLine(site.id(), model, vendorName, serial, quantity, purchased,
                description(model, site), unitCost, mac);
    }

    private GearModel chooseModel(SiteType siteType, Category category, Vendor siteCovered, Vendor siteTrusted) {
        Vendor.Standing wanted;
        if (random.nextDouble() < profile.coveredShare()) {
            wanted = Vendor.Standing.COVERED;
        } else {
            wanted = random.nextDouble() < LOOKALIKE ? Vendor.Standing.LOOKALIKE : Vendor.Standing.TRUSTED;
        }
        List<Vendor.Standing> order = switch (wanted) {
            case COVERED -> List.of(Vendor.Standing.COVERED, Vendor.Standing.TRUSTED, Vendor.Standing.LOOKALIKE);
            case TRUSTED -> List.of(Vendor.Standing.TRUSTED, Vendor.Standing.COVERED, Vendor.Standing.LOOKALIKE);
            case LOOKALIKE -> List.of(Vendor.Standing.LOOKALIKE, Vendor.Standing.TRUSTED, Vendor.Standing.COVERED);
        };
        for (Vendor.Standing standing : order) {
            List<GearModel> candidates = catalog.candidates(category, standing, siteType);
            if (!candidates.isEmpty()) {
                return weightedModel(candidates, siteCovered, siteTrusted);
            }
        }
        throw new IllegalStateException("The catalog has no " + category.label() + " gear for a " + siteType.label());
    }

    private GearModel weightedModel(List<GearModel> candidates, Vendor siteCovered, Vendor siteTrusted) {
        double total = 0;
        double[] weights = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            GearModel model = candidates.get(i);
            Vendor vendor = model.vendor();
            double favour = vendor == siteCovered || vendor == siteTrusted ? 6 : 1;
            weights[i] = model.weight() * favour;
            total += weights[i];
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < candidates.size(); i++) {
            pick -= weights[i];
            if (pick < 0) {
                return candidates.get(i);
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    /** The canonical spelling most of the time, a variant otherwise, as in sheets typed by several people. */
    private String spelling(Vendor vendor) {
        List<String> spellings = vendor.spellings();
        return random.nextDouble() < 0.6 ? spellings.get(0) : spellings.get(random.nextInt(spellings.size()));
    }

    private Optional<LocalDate> purchaseDate(Vendor vendor) {
        if (random.nextDouble() < NO_PURCHASE_DATE) {
            return Optional.empty();
        }
        LocalDate asOf = profile.inventoryAsOf();
        return Optional.of(switch (vendor.standing()) {
            case COVERED -> random.nextDouble() < LATE_COVERED_PURCHASE
                    ? dateBetween(CarrierProfile.REIMBURSABLE_CUTOFF.plusDays(1), earlier(LAST_COVERED_PURCHASE, asOf))
                    : dateBetween(FIRST_PURCHASE, CarrierProfile.REIMBURSABLE_CUTOFF);
            case TRUSTED -> dateBetween(FIRST_PURCHASE, earlier(LAST_TRUSTED_PURCHASE, asOf));
            case LOOKALIKE -> dateBetween(LocalDate.of(2014, 1, 1), earlier(LAST_COVERED_PURCHASE, asOf));
        });
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private LocalDate dateBetween(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return first.plusDays(random.nextLong(days + 1));
    }

    private String description(GearModel model, Site site) {
        String text = model.descriptions().get(random.nextInt(model.descriptions().size()));
        if (model.category() == MICROWAVE && !site.dependsOn().isEmpty() && random.nextDouble() < 0.5) {
            return text + ", link to " + site.dependsOn().get(0);
        }
        return text;
    }

    private String mac(Vendor vendor) {
        String oui = vendor.ouis().get(random.nextInt(vendor.ouis().size()));
        return String.format("%s:%02X:%02X:%02X", oui, random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private Category weighted(Map<Category, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double pick = random.nextDouble() * total;
        Category last = null;
        for (Map.Entry<Category, Double> entry : weights.entrySet()) {
            pick -= entry.getValue();
            last = entry.getKey();
            if (pick < 0) {
                return last;
            }
        }
        return last;
    }

    private static Vendor other(Vendor covered) {
        return covered == Vendor.HUAWEI ? Vendor.ZTE : Vendor.HUAWEI;
    }

    private static Map<Category, Double> weights(Object... pairs) {
        Map<Category, Double> weights = new EnumMap<>(Category.class);
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((Category) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return weights;
    }
}
