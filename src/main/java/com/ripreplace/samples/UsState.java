package com.ripreplace.samples;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rural Western and Plains states generated carriers operate in: boxes that lie inside each state
 * (so a point drawn in a box is in the state), some real towns with their approximate
 * coordinates, and the states it borders (carriers span neighbouring states).
 */
enum UsState {
    WY(true, boxes(b(41.05, 44.95, -111.0, -104.1)), "MT,SD,NE,CO,ID",
            towns(t("Sheridan", 44.80, -106.96), t("Gillette", 44.29, -105.50), t("Buffalo", 44.35, -106.70),
                    t("Worland", 44.02, -107.96), t("Cody", 44.53, -109.06), t("Riverton", 43.02, -108.38),
                    t("Lander", 42.83, -108.73), t("Rawlins", 41.79, -107.24), t("Douglas", 42.76, -105.38),
                    t("Newcastle", 43.85, -104.20), t("Thermopolis", 43.65, -108.21), t("Pinedale", 42.87, -109.86),
                    t("Torrington", 42.06, -104.18))),
    MT(true, boxes(b(45.7, 48.95, -113.9, -104.1), b(45.05, 45.7, -112.8, -104.1), b(46.8, 48.95, -115.3, -113.9)),
            "ND,SD,WY,ID",
            towns(t("Miles City", 46.41, -105.84), t("Glasgow", 48.20, -106.64), t("Havre", 48.55, -109.68),
                    t("Lewistown", 47.06, -109.43), t("Glendive", 47.11, -104.71), t("Sidney", 47.72, -104.16),
                    t("Roundup", 46.45, -108.54), t("Hardin", 45.73, -107.61), t("Dillon", 45.22, -112.64),
                    t("Livingston", 45.66, -110.56), t("Shelby", 48.51, -111.86), t("Wolf Point", 48.09, -105.64))),
    ND(false, boxes(b(45.95, 48.95, -104.0, -97.3)), "MT,SD",
            towns(t("Dickinson", 46.88, -102.79), t("Williston", 48.15, -103.62), t("Minot", 48.23, -101.30),
                    t("Devils Lake", 48.11, -98.86), t("Jamestown", 46.91, -98.71), t("Bowman", 46.18, -103.39),
                    t("Watford City", 47.80, -103.28), t("Rugby", 48.37, -99.99), t("Hettinger", 46.00, -102.64),
                    t("Valley City", 46.92, -98.00))),
    SD(false, boxes(b(43.0, 45.9, -104.0, -96.6)), "ND,MT,WY,NE",
            towns(t("Pierre", 44.37, -100.35), t("Mobridge", 45.54, -100.43), t("Spearfish", 44.49, -103.86),
                    t("Hot Springs", 43.43, -103.47), t("Philip", 44.04, -101.67), t("Winner", 43.38, -99.86),
                    t("Chamberlain", 43.81, -99.33), t("Lemmon", 45.89, -102.16), t("Belle Fourche", 44.67, -103.85),
                    t("Custer", 43.77, -103.60), t("Wall", 43.99, -102.24), t("Faith", 45.02, -102.04))),
    NE(false, boxes(b(40.05, 42.95, -102.0, -96.0), b(41.05, 42.95, -104.0, -102.0)), "SD,WY,CO,KS",
            towns(t("North Platte", 41.12, -100.77), t("Valentine", 42.87, -100.55), t("Alliance", 42.10, -102.87),
                    t("Chadron", 42.83, -103.00), t("Ogallala", 41.13, -101.72), t("McCook", 40.20, -100.63),
                    t("Broken Bow", 41.40, -99.64), t("O'Neill", 42.46, -98.65), t("Sidney", 41.14, -102.98),
                    t("Scottsbluff", 41.87, -103.67), t("Ainsworth", 42.55, -99.86))),
    KS(false, boxes(b(37.05, 39.95, -102.0, -95.3)), "NE,CO",
            towns(t("Dodge City", 37.75, -100.02), t("Garden City", 37.97, -100.87), t("Hays", 38.88, -99.33),
                    t("Colby", 39.40, -101.05), t("Goodland", 39.35, -101.71), t("Liberal", 37.06, -100.92),
                    t("Great Bend", 38.36, -98.76), t("Pratt", 37.64, -98.74), t("Scott City", 38.48, -100.91),
                    t("Norton", 39.83, -99.89))),
    CO(true, boxes(b(37.05, 40.95, -109.0, -102.1)), "WY,NE,KS,NM",
            towns(t("Alamosa", 37.47, -105.87), t("Gunnison", 38.55, -106.93), t("Montrose", 38.48, -107.88),
                    t("Craig", 40.52, -107.55), t("Salida", 38.53, -106.00), t("Sterling", 40.63, -103.21),
                    t("Lamar", 38.09, -102.62), t("Trinidad", 37.17, -104.50), t("Pagosa Springs", 37.27, -107.01),
                    t("Meeker", 40.04, -107.91), t("Walden", 40.73, -106.28), t("Burlington", 39.31, -102.27))),
    NM(true, boxes(b(32.05, 36.95, -109.0, -103.1)), "CO",
            towns(t("Gallup", 35.53, -108.74), t("Farmington", 36.73, -108.22), t("Taos", 36.41, -105.57),
                    t("Raton", 36.90, -104.44), t("Clovis", 34.40, -103.21), t("Roswell", 33.39, -104.52),
                    t("Silver City", 32.77, -108.28), t("Socorro", 34.06, -106.89), t("Tucumcari", 35.17, -103.72),
                    t("Chama", 36.90, -106.58), t("Truth or Consequences", 33.13, -107.25))),
    ID(true, boxes(b(42.05, 44.4, -116.9, -111.1), b(44.4, 45.3, -116.6, -113.7), b(45.3, 45.5, -116.5, -114.3)), "MT,WY,OR,WA",
            towns(t("Twin Falls", 42.56, -114.46), t("Idaho Falls", 43.49, -112.03), t("Salmon", 45.18, -113.90),
                    t("Challis", 44.50, -114.23), t("Burley", 42.54, -113.79), t("Rexburg", 43.83, -111.79),
                    t("Arco", 43.63, -113.30), t("Mountain Home", 43.13, -115.69), t("McCall", 44.91, -116.10),
                    t("Soda Springs", 42.65, -111.60))),
    OR(true, boxes(b(42.05, 45.5, -122.5, -117.0), b(45.5, 45.9, -119.9, -117.0)), "WA,ID",
            towns(t("Burns", 43.59, -119.05), t("John Day", 44.42, -118.95), t("Lakeview", 42.19, -120.35),
                    t("Baker City", 44.77, -117.83), t("Enterprise", 45.43, -117.28), t("Prineville", 44.30, -120.83),
                    t("Pendleton", 45.67, -118.79), t("Klamath Falls", 42.22, -121.78), t("Heppner", 45.35, -119.56))),
    WA(true, boxes(b(45.85, 48.95, -121.0, -117.1)), "OR,ID",
            towns(t("Colville", 48.55, -117.91), t("Omak", 48.41, -119.53), t("Ritzville", 47.13, -118.38),
                    t("Colfax", 46.88, -117.36), t("Dayton", 46.32, -117.98), t("Ephrata", 47.32, -119.55),
                    t("Republic", 48.65, -118.74), t("Davenport", 47.65, -118.15), t("Okanogan", 48.36, -119.58)));

    /** A rectangle of latitude and longitude (decimal degrees) lying inside a state. */
    record Box(double minLat, double maxLat, double minLon, double maxLon) {
        boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }

        double area() {
            return (maxLat - minLat) * (maxLon - minLon);
        }
    }

    /** A town with its approximate coordinates. */
    record Town(String name, double lat, double lon) {
    }

    private final boolean mountainous;
    private final List<Box> boxes;
    private final String neighbours;
    private final List<Town> towns;

    UsState(boolean mountainous, List<Box> boxes, String neighbours, List<Town> towns) {
        this.mountainous = mountainous;
        this.boxes = boxes;
        this.neighbours = neighbours;
        this.towns = towns;
    }

    /** Whether the state has mountain sites reachable only in summer. */
    boolean mountainous() {
        return mountainous;
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Town> towns() {
        return towns;
    }

    List<UsState> neighbours() {
        return Arrays.stream(neighbours.split(",")).map(UsState::valueOf).toList();
    }

    boolean contains(double lat, double lon) {
        for (Box box : boxes) {
            if (box.contains(lat, lon)) {
                return true;
            }
        }
        return false;
    }

    /** A point drawn uniformly from the state's boxes, as {latitude, longitude}. */
    double[] randomPoint(SplittableRandom random) {
        double total = 0;
        for (Box box : boxes) {
            total += box.area();
        }
        double pick = random.nextDouble() * total;
        Box chosen = boxes.get(boxes.size() - 1);
        for (Box box : boxes) {
            pick -= box.area();
            if (pick <= 0) {
                chosen = box;
                break;
            }
        }
        return new double[] {
                chosen.minLat() + random.nextDouble() * (chosen.maxLat() - chosen.minLat()),
                chosen.minLon() + random.nextDouble() * (chosen.maxLon() - chosen.minLon())};
    }

    private static Box b(double minLat, double maxLat, double minLon, double maxLon) {
        return new Box(minLat, maxLat, minLon, maxLon);
    }

    private static List<Box> boxes(Box... boxes) {
        return List.of(boxes);
    }

    private static Town t(String name, double lat, double lon) {
        return new Town(name, lat, lon);
    }

    private static List<Town> towns(Town... towns) {
        return List.of(towns);
    }
}
