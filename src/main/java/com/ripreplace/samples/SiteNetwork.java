package com.ripreplace.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Lays out a carrier's network: one or more cores, hubs and central offices in towns, and towers,
 * rooftops and shelters around the hubs that backhaul them. Every site depends only on sites laid
 * out before it, so the Depends On graph has no cycles.
 */
final class SiteNetwork {

    private static final List<String> LANDMARKS = List.of(
            "Antelope", "Badger", "Bear", "Buffalo", "Cedar", "Coyote", "Eagle", "Elk", "Granite", "Hawk",
            "Juniper", "Lone Pine", "Medicine", "Pine", "Powder", "Red", "Sage", "Spring", "Thunder",
            "Whitetail", "Willow", "Wolf", "Black", "Bald", "Cottonwood", "Crazy Woman", "Deer", "Dry",
            "Flat", "Grouse", "Horse", "Ponderosa", "Lodgepole", "Magpie", "Mule", "Owl", "Prairie Dog",
            "Rattlesnake", "Beaver", "Sheep", "Sundance", "Table", "Timber", "Twin", "Wagon", "Windy");
    private static final List<String> FEATURES = List.of(
            "Butte", "Ridge", "Peak", "Creek", "Flats", "Mesa", "Draw", "Hill", "Gulch", "Pass", "Valley",
            "Bench", "Divide", "Springs", "Knob", "Point", "Canyon", "Rim");
    private static final List<String> ROOFS = List.of(
            "Grain Elevator", "Courthouse", "Hospital", "Water Tower", "High School", "Co-op Building", "Motel");
    private static final List<String> MOUNTAIN_WINDOWS = List.of("Jun-Sep", "May-Oct", "Jun-Oct", "Jul-Sep", "May-Sep");
    private static final List<String> PLAINS_WINDOWS = List.of("May-Oct", "Apr-Nov", "May-Nov", "Jun-Oct");

    private final CarrierProfile profile;
    private final SplittableRandom random;
    private final Map<UsState, Integer> nextNumber = new EnumMap<>(UsState.class);
    private final Map<UsState, Set<String>> usedTowns = new EnumMap<>(UsState.class);
    private final Set<String> usedNames = new HashSet<>();

    private SiteNetwork(CarrierProfile profile, SplittableRandom random) {
        this.profile = profile;
        this.random = random;
    }

    /** The carrier's sites, sorted by Site ID. */
    static List<Site> layOut(CarrierProfile profile) {
        return new SiteNetwork(profile, Seeds.stream(profile.spec().seed(), 0x517E5L)).build();
    }

    private List<Site> build() {
        int total = profile.spec().sites();
        int cores = total >= 100 ? 1 + total / 600 : 1;
        int centralOffices = total >= 10 ? Math.max(1, Math.round(total / 40f)) : 0;
        centralOffices = Math.min(centralOffices, total - cores);
        int hubs = total >= 4 ? Math.max(1, Math.round(total / 10f)) : 0;
        hubs = Math.min(hubs, total - cores - centralOffices);
        int leaves = total - cores - hubs - centralOffices;

        List<Site> coreSites = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            UsState state = profile.states().get(i % profile.states().size());
            Place place = townPlace(state);
            String suffix = i == 0 ? " Core" : " Switch";
            coreSites.add(site(state, place.name() + suffix, place.lat(), place.lon(), SiteType.CORE, true,
                    between(200, 1500), List.of()));
        }
        List<Site> hubSites = new ArrayList<>();
        for (int i = 0; i < hubs; i++) {
            UsState state = randomState();
            Place place = townPlace(state);
            List<Site> nearestCores = nearest(coreSites, place.lat(), place.lon());
            List<String> dependsOn = new ArrayList<>();
            dependsOn.add(nearestCores.get(0).id());
            if (nearestCores.size() > 1 && random.nextDouble() < 0.25) {
                dependsOn.add(nearestCores.get(1).id());
            } else if (!hubSites.isEmpty() && random.nextDouble() < 0.15) {
                dependsOn.add(nearest(hubSites, place.lat(), place.lon()).get(0).id());
            }
            hubSites.add(site(state, place.name() + " Hub", place.lat(), place.lon(), SiteType.HUB, true,
                    between(800, 4500), dependsOn));
        }
        List<Site> officeSites = new ArrayList<>();
        for (int i = 0; i < centralOffices; i++) {
            UsState state = randomState();
            Place place = townPlace(state);
            List<String> dependsOn = new ArrayList<>();
            dependsOn.add(nearest(coreSites, place.lat(), place.lon()).get(0).id());
            if (!hubSites.isEmpty() && random.nextDouble() < 0.1) {
                dependsOn.add(nearest(hubSites, place.lat(), place.lon()).get(0).id());
            }
            officeSites.add(site(state, place.name() + " CO", place.lat(), place.lon(), SiteType.CENTRAL_OFFICE, true,
                    between(400, 3000), dependsOn));
        }
        List<Site> parents = hubSites.isEmpty() ? coreSites : hubSites;
        Map<String, List<Site>> leavesByParent = new HashMap<>();
        List<Site> leafSites = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
            Site parent = parents.get(random.nextInt(parents.size()));
            leafSites.add(leaf(parent, parents, leavesByParent.computeIfAbsent(parent.id(), k -> new ArrayList<>())));
        }
        ensureOneDualHomedLeaf(leafSites, parents);

        List<Site> all = new ArrayList<>(total);
        all.addAll(coreSites);
        all.addAll(hubSites);
        all.addAll(officeSites);
        all.addAll(markSeasonal(leafSites));
        List<Site> sites = markEarliestStarts(all);
        sites.sort(Comparator.comparing(Site::id));
        return sites;
    }

    private Site leaf(Site parent, List<Site> parents, List<Site> siblings) {
        double roll = random.nextDouble();
        SiteType type = roll < 0.80 ? SiteType.TOWER : roll < 0.88 ? SiteType.ROOFTOP : SiteType.SHELTER;
        double[] point = type == SiteType.ROOFTOP
                ? near(parent.state(), parent.latitude(), parent.longitude(), 0.02, 0.03)
                : near(parent.state(), parent.latitude(), parent.longitude(), 0.45, 0.6);
        List<String> dependsOn = new ArrayList<>();
        double chain = random.nextDouble();
        if (chain < 0.08 && !siblings.isEmpty()) {
            dependsOn.add(siblings.get(random.nextInt(siblings.size())).id());
        } else {
            dependsOn.add(parent.id());
            if (chain < 0.20 && parents.size() > 1) {
                List<Site> nearestParents = nearest(parents, point[0], point[1]);
                Site second = nearestParents.get(0).id().equals(parent.id()) ? nearestParents.get(1) : nearestParents.get(0);
                dependsOn.add(second.id());
            }
        }
        String name = switch (type) {
            case ROOFTOP -> townOf(parent) + " " + pick(ROOFS);
            case SHELTER -> pick(LANDMARKS) + " " + pick(FEATURES) + " Shelter";
            default -> pick(LANDMARKS) + " " + pick(FEATURES);
        };
        int subscribers = switch (type) {
            case ROOFTOP -> between(200, 3000);
            case SHELTER -> random.nextBoolean() ? 0 : between(10, 300);
            default -> (int) Math.min(4000, Math.max(25, Math.round(Math.exp(4.2 + 3.0 * random.nextDouble()))));
        };
        boolean critical = random.nextDouble() < 0.06;
        Site leaf = site(parent.state(), name, point[0], point[1], type, critical, subscribers, dependsOn);
        siblings.add(leaf);
        return leaf;
    }

    /**
     * Small networks can come out with no site fed from two others by chance; give the last leaf fed
     * by a single hub a second one, so every carrier has at least one dual-homed site.
     */
    private void ensureOneDualHomedLeaf(List<Site> leaves, List<Site> parents) {
        if (parents.size() < 2 || leaves.stream().anyMatch(leaf -> leaf.dependsOn().size() > 1)) {
            return;
        }
        for (int i = leaves.size() - 1; i >= 0; i--) {
            Site leaf = leaves.get(i);
            List<Site> nearestParents = nearest(parents, leaf.latitude(), leaf.longitude());
            String only = leaf.dependsOn().get(0);
            if (parents.stream().anyMatch(p -> p.id().equals(only))) {
                Site second = nearestParents.get(0).id().equals(only) ? nearestParents.get(1) : nearestParents.get(0);
                leaves.set(i, leaf.withDependsOn(List.of(only, second.id())));
                return;
            }
        }
    }

    /** Marks a share of the towers, rooftops and shelters (mountain ones first) as reachable only in summer. */
    private List<Site> markSeasonal(List<Site> leaves) {
        int wanted = (int) Math.min(leaves.size(), Math.round(profile.spec().sites() * profile.seasonalShare()));
        // Weighted sampling without replacement: key = u^(1/weight), keep the largest keys.
        List<double[]> keys = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Site leaf = leaves.get(i);
            double weight = leaf.state().mountainous() ? (leaf.type() == SiteType.ROOFTOP ? 0.2 : 4.0) : 1.0;
            keys.add(new double[] {Math.pow(random.nextDouble(), 1.0 / weight), i});
        }
        keys.sort((a, b) -> Double.compare(b[0], a[0]));
        List<Site> marked = new ArrayList<>(leaves);
        for (int k = 0; k < wanted; k++) {
            int index = (int) keys.get(k)[1];
            Site leaf = marked.get(index);
            String window = leaf.state().mountainous() ? pick(MOUNTAIN_WINDOWS) : pick(PLAINS_WINDOWS);
            marked.set(index, leaf.withAccessMonths(window));
        }
        return marked;
    }

    /** A few sites (pending a lease, permit or landowner) cannot start before a given date. */
    private List<Site> markEarliestStarts(List<Site> sites) {
        List<Site> marked = new ArrayList<>(sites);
        int wanted = sites.size() >= 10 ? Math.max(1, sites.size() / 30) : 0;
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < wanted) {
            chosen.add(random.nextInt(sites.size()));
        }
        for (int index : chosen.stream().sorted().toList()) {
            int days = 30 * (1 + random.nextInt(8));
            marked.set(index, marked.get(index).withEarliestStart(profile.planningStart().plusDays(days)));
        }
        return marked;
    }

    private Site site(UsState state, String name, double lat, double lon, SiteType type, boolean critical,
                      int subscribers, List<String> dependsOn) {
        int number = nextNumber.merge(state, 1, Integer::sum);
        String id = String.format("%s-%04d", state.name(), number);
        return new Site(id, uniqueName(name), round6(lat), round6(lon), state, type, critical, subscribers, dependsOn,
                Optional.empty(), Optional.empty());
    }

    private record Place(String name, double lat, double lon) {
    }

    /** An unused town of the state, or a named point anywhere in it once the towns run out. */
    private Place townPlace(UsState state) {
        Set<String> used = usedTowns.computeIfAbsent(state, s -> new HashSet<>());
        List<UsState.Town> free = state.towns().stream().filter(t -> !used.contains(t.name())).toList();
        if (!free.isEmpty()) {
            UsState.Town town = free.get(random.nextInt(free.size()));
            used.add(town.name());
            double[] point = near(state, town.lat(), town.lon(), 0.02, 0.03);
            return new Place(town.name(), point[0], point[1]);
        }
        double[] point = state.randomPoint(random);
        return new Place(pick(LANDMARKS) + " " + pick(FEATURES), point[0], point[1]);
    }

    /** The name itself the first time, then "Name 2", "Name 3"... as crews tell twin sites apart. */
    private String uniqueName(String name) {
        String candidate = name;
        for (int n = 2; !usedNames.add(candidate); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }

    private static String townOf(Site parent) {
        String name = parent.name();
        int cut = name.lastIndexOf(' ');
        return cut > 0 ? name.substring(0, cut) : name;
    }

    /** A point near (lat, lon) that is still inside the state. */
    private double[] near(UsState state, double lat, double lon, double latSpread, double lonSpread) {
        for (int attempt = 0; attempt < 30; attempt++) {
            double candidateLat = lat + latSpread * (random.nextDouble() + random.nextDouble() - 1);
            double candidateLon = lon + lonSpread * (random.nextDouble() + random.nextDouble() - 1);
            if (state.contains(candidateLat, candidateLon)) {
                return new double[] {candidateLat, candidateLon};
            }
        }
        return state.contains(lat, lon) ? new double[] {lat, lon} : state.randomPoint(random);
    }

    private static List<Site> nearest(List<Site> sites, double lat, double lon) {
        double cosLat = Math.cos(Math.toRadians(lat));
        return sites.stream()
                .sorted(Comparator.comparingDouble((Site s) -> {
                    double dLat = s.latitude() - lat;
                    double dLon = (s.longitude() - lon) * cosLat;
                    return dLat * dLat + dLon * dLon;
                }).thenComparing(Site::id))
                .limit(2)
                .toList();
    }

    private UsState randomState() {
        return profile.states().get(random.nextInt(profile.states().size()));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
