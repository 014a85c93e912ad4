package com.ripreplace.samples;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * The product lines generated inventories draw from: the covered Huawei and ZTE gear rural
 * carriers actually bought, covered cameras, radios and drones, trusted replacements, and
 * lookalikes that are not covered.
 */
final class GearCatalog {

    private static final Set<SiteType> RAN_SITES = EnumSet.of(SiteType.TOWER, SiteType.ROOFTOP, SiteType.HUB);
    private static final Set<SiteType> CELL_SITES = EnumSet.of(SiteType.TOWER, SiteType.ROOFTOP, SiteType.SHELTER, SiteType.HUB);
    private static final Set<SiteType> EVERY_SITE = EnumSet.allOf(SiteType.class);
    private static final Set<SiteType> BACKHAUL_SITES = EnumSet.of(SiteType.TOWER, SiteType.ROOFTOP, SiteType.SHELTER,
            SiteType.HUB, SiteType.CORE);
    private static final Set<SiteType> AGGREGATION = EnumSet.of(SiteType.HUB, SiteType.CORE, SiteType.CENTRAL_OFFICE);
    private static final Set<SiteType> TRANSPORT = EnumSet.of(SiteType.HUB, SiteType.CORE, SiteType.CENTRAL_OFFICE,
            SiteType.SHELTER);
    private static final Set<SiteType> ACCESS_OFFICES = EnumSet.of(SiteType.CENTRAL_OFFICE, SiteType.HUB, SiteType.SHELTER);
    private static final Set<SiteType> CO_ONLY = EnumSet.of(SiteType.CENTRAL_OFFICE);
    private static final Set<SiteType> CORE_ONLY = EnumSet.of(SiteType.CORE);
    private static final Set<SiteType> STAFFED = EnumSet.of(SiteType.CORE, SiteType.HUB);

    private final List<GearModel> models;

    private GearCatalog(List<GearModel> models) {
        this.models = List.copyOf(models);
    }

    List<GearModel> models() {
        return models;
    }

    /** Models of a category and standing that are installed at a kind of site (possibly none). */
    List<GearModel> candidates(Category category, Vendor.Standing standing, SiteType siteType) {
        List<GearModel> found = new ArrayList<>();
        for (GearModel model : models) {
            if (model.category() == category && model.vendor().standing() == standing && model.installedAt(siteType)) {
                found.add(model);
            }
        }
        return found;
    }

    static GearCatalog standard() {
        List<GearModel> m = new ArrayList<>();
        // Huawei (covered)
        add(m, Vendor.HUAWEI, "BBU3900", RAN_BASEBAND, 32_000, 1, 1, RAN_SITES, true, 6,
                "LTE baseband unit", "BBU w/ UMPT + LBBP boards", "Baseband unit, 3-sector LTE 700", "BBU, shelf 1");
        add(m, Vendor.HUAWEI, "BBU5900", RAN_BASEBAND, 38_000, 1, 1, RAN_SITES, true, 3,
                "5G/LTE baseband unit", "BBU w/ UBBPg", "Baseband, capacity add");
        add(m, Vendor.HUAWEI, "RRU3908", RADIO_UNIT, 12_000, 1, 3, RAN_SITES, false, 5,
                "Remote radio unit 850 MHz", "RRU, sector A", "RRU, sector B", "RRU, sector C", "2G/3G RRU, tower top");
        add(m, Vendor.HUAWEI, "RRU3971", RADIO_UNIT, 14_000, 1, 3, RAN_SITES, false, 5,
                "RRU 1900/AWS", "Remote radio unit, PCS band", "RRU sector A/B/C", "RRU, top of tower");
        add(m, Vendor.HUAWEI, "AAU5613", ANTENNA, 42_000, 1, 3, RAN_SITES, false, 3,
                "Active antenna unit 2.5 GHz", "AAU massive MIMO", "AAU, sector A");
        add(m, Vendor.HUAWEI, "ETP48100-B1", POWER, 9_000, 1, 1, CELL_SITES, false, 2,
                "Embedded -48V DC power system", "Rectifier shelf w/ batteries");
        add(m, Vendor.HUAWEI, "OptiX RTN 950", MICROWAVE, 18_000, 1, 2, BACKHAUL_SITES, true, 6,
                "Microwave IDU", "MW backhaul IDU 2+0", "Split-mount MW radio");
        add(m, Vendor.HUAWEI, "OptiX RTN 380", MICROWAVE, 15_000, 1, 2, BACKHAUL_SITES, true, 3,
                "E-band radio 80 GHz", "Full-outdoor MW link");
        add(m, Vendor.HUAWEI, "NE40E-X8", IP_ROUTING, 185_000, 1, 1, AGGREGATION, true, 2,
                "Core router, 8 slot", "Aggregation router", "Edge router, dual MPU");
        add(m, Vendor.HUAWEI, "AR2220", IP_ROUTING, 3_500, 1, 1, EnumSet.of(SiteType.TOWER, SiteType.ROOFTOP,
                        SiteType.SHELTER, SiteType.HUB, SiteType.CENTRAL_OFFICE), true, 4,
                "Cell site router", "Site router", "Branch router, mgmt network");
        add(m, Vendor.HUAWEI, "S5720", IP_ROUTING, 4_200, 1, 2, EVERY_SITE, true, 4,
                "Ethernet switch 24 port", "Access switch", "L3 switch, 10G uplinks");
        add(m, Vendor.HUAWEI, "OptiX OSN 1800", OPTICAL_TRANSPORT, 46_000, 1, 1, TRANSPORT, true, 4,
                "OTN/DWDM shelf", "Metro transport node", "Optical ring node");
        add(m, Vendor.HUAWEI, "MA5800-X7", OLT, 62_000, 1, 1, EnumSet.of(SiteType.CENTRAL_OFFICE, SiteType.HUB), true, 3,
                "GPON OLT, 7 slot", "FTTH OLT", "OLT w/ 4 GPON boards");
        add(m, Vendor.HUAWEI, "SmartAX MA5608T", OLT, 24_000, 1, 1, ACCESS_OFFICES, true, 3,
                "Mini OLT", "GPON OLT, remote cabinet");
        add(m, Vendor.HUAWEI, "EchoLife HG8245H", ONT_CPE, 180, 12, 400, CO_ONLY, true, 3,
                "GPON ONTs, customer premises", "Residential ONT stock", "ONTs installed at subscribers");
        add(m, Vendor.HUAWEI, "USN9810", CORE, 900_000, 1, 1, CORE_ONLY, true, 2,
                "MME/SGSN", "Packet core node");
        add(m, Vendor.HUAWEI, "iManager U2020", SOFTWARE, 60_000, 1, 1, CORE_ONLY, false, 2,
                "OSS/NMS license", "Network management license");
        // ZTE (covered)
        add(m, Vendor.ZTE, "ZXSDR B8200", RAN_BASEBAND, 30_000, 1, 1, RAN_SITES, true, 6,
                "Baseband unit", "BBU, LTE 700/AWS", "SDR baseband, 3 sectors");
        add(m, Vendor.ZTE, "ZXSDR R8862", RADIO_UNIT, 12_000, 1, 3, RAN_SITES, false, 6,
                "Remote radio unit", "RRU, sector A", "RRU, sector B", "RRU 850 MHz");
        add(m, Vendor.ZTE, "ZXRAN A9611", ANTENNA, 40_000, 1, 3, RAN_SITES, false, 3,
                "Active antenna unit", "AAU 5G NR, sector A");
        add(m, Vendor.ZTE, "ZXDU68 B301", POWER, 8_500, 1, 1, CELL_SITES, false, 2,
                "DC power system -48V", "Rectifier cabinet");
        add(m, Vendor.ZTE, "ZXMW NR8250", MICROWAVE, 17_000, 1, 2, BACKHAUL_SITES, true, 6,
                "Microwave IDU", "MW link, 11 GHz", "Nodal MW radio");
        add(m, Vendor.ZTE, "ZXCTN 6120", IP_ROUTING, 8_000, 1, 1, BACKHAUL_SITES, true, 4,
                "Cell site router (PTN)", "IP RAN access router");
        add(m, Vendor.ZTE, "ZXR10 5960", IP_ROUTING, 5_000, 1, 2, EVERY_SITE, true, 3,
                "L3 switch", "Aggregation switch 10G");
        add(m, Vendor.ZTE, "ZXONE 9700", OPTICAL_TRANSPORT, 55_000, 1, 1, AGGREGATION, true, 2,
                "OTN backbone node", "DWDM terminal");
        add(m, Vendor.ZTE, "ZXA10 C320", OLT, 20_000, 1, 1, ACCESS_OFFICES, true, 3,
                "Compact GPON OLT", "OLT, 2 service slots");
        add(m, Vendor.ZTE, "ZXA10 C600", OLT, 70_000, 1, 1, EnumSet.of(SiteType.CENTRAL_OFFICE, SiteType.HUB), true, 3,
                "XGS-PON OLT", "OLT chassis");
        add(m, Vendor.ZTE, "F660", ONT_CPE, 150, 12, 400, CO_ONLY, true, 3,
                "GPON ONT w/ Wi-Fi", "Customer ONTs", "ONT stock, warehouse");
        add(m, Vendor.ZTE, "ZXUN uMAC", CORE, 950_000, 1, 1, CORE_ONLY, true, 3,
                "EPC core (MME/SGW/PGW)", "Packet core", "Unified mobile access core");
        add(m, Vendor.ZTE, "NetNumen U31", SOFTWARE, 50_000, 1, 1, CORE_ONLY, false, 2,
                "EMS license", "Network management system");
        // Other covered entities
        add(m, Vendor.HIKVISION, "DS-2CD2143G2-I", SURVEILLANCE, 450, 1, 4, EVERY_SITE, true, 5,
                "Dome camera, compound", "IP camera, shelter door", "Perimeter camera");
        add(m, Vendor.DAHUA, "IPC-HFW2431S", SURVEILLANCE, 350, 1, 4, EVERY_SITE, true, 3,
                "Bullet camera, gate", "IP camera, fence line");
        add(m, Vendor.HYTERA, "PD782", RADIO_UNIT, 900, 4, 12, STAFFED, false, 2,
                "DMR handheld radios, field crew", "Two-way radios");
        add(m, Vendor.HYTERA, "RD985", RADIO_UNIT, 3_200, 1, 2, EnumSet.of(SiteType.HUB, SiteType.CORE, SiteType.TOWER), false, 1,
                "DMR repeater", "Two-way radio repeater");
        add(m, Vendor.DJI, "Matrice 300 RTK", DRONE, 16_000, 1, 2, STAFFED, false, 3,
                "Tower inspection drone", "Drone w/ Zenmuse H20T");
        add(m, Vendor.KASPERSKY, "Endpoint Security for Business", SOFTWARE, 4_500, 1, 1, CORE_ONLY, false, 1,
                "Endpoint protection licenses, NOC PCs");
        // Trusted
        add(m, Vendor.ERICSSON, "Baseband 6630", RAN_BASEBAND, 30_000, 1, 1, RAN_SITES, true, 5,
                "Baseband unit, LTE/NR", "Baseband, 3 sectors");
        add(m, Vendor.ERICSSON, "Radio 4449", RADIO_UNIT, 13_000, 1, 3, RAN_SITES, false, 5,
                "Radio 700/850 MHz", "Dual-band radio, sector A");
        add(m, Vendor.NOKIA, "AirScale System Module", RAN_BASEBAND, 31_000, 1, 1, RAN_SITES, true, 3,
                "AirScale baseband", "System module, single RAT");
        add(m, Vendor.NOKIA, "AirScale RRH", RADIO_UNIT, 12_500, 1, 3, RAN_SITES, false, 3,
                "Remote radio head", "RRH, sector B");
        add(m, Vendor.SAMSUNG, "Compact Macro", RADIO_UNIT, 15_000, 1, 3, RAN_SITES, false, 2,
                "Compact macro radio, CBRS", "4G/5G compact macro");
        add(m, Vendor.CISCO, "ASR 920", IP_ROUTING, 7_000, 1, 1, EVERY_SITE, true, 5,
                "Cell site router", "Metro Ethernet router");
        add(m, Vendor.CISCO, "ASR 5500", CORE, 800_000, 1, 1, CORE_ONLY, true, 2,
                "Packet core gateway", "EPC gateway");
        add(m, Vendor.JUNIPER, "MX204", IP_ROUTING, 45_000, 1, 1, AGGREGATION, true, 3,
                "Edge router", "Peering router");
        add(m, Vendor.CIENA, "6500", OPTICAL_TRANSPORT, 110_000, 1, 1, AGGREGATION, true, 3,
                "Packet-optical platform", "DWDM shelf");
        add(m, Vendor.ADTRAN, "Total Access 5000", OLT, 40_000, 1, 1, CO_ONLY, true, 2,
                "GPON OLT chassis", "Legacy access platform");
        add(m, Vendor.ADTRAN, "SDX 621", ONT_CPE, 160, 12, 300, CO_ONLY, true, 2,
                "ONTs, new builds", "Customer ONTs");
        add(m, Vendor.CALIX, "E7-2", OLT, 45_000, 1, 1, EnumSet.of(SiteType.CENTRAL_OFFICE, SiteType.HUB), true, 3,
                "GPON OLT, 2 slot", "Access platform");
        add(m, Vendor.CALIX, "GigaCenter 844G", ONT_CPE, 210, 12, 300, CO_ONLY, true, 2,
                "GigaCenter ONTs", "Residential ONT w/ Wi-Fi");
        add(m, Vendor.AVIAT, "WTM 4200", MICROWAVE, 16_000, 1, 2, BACKHAUL_SITES, true, 3,
                "All-outdoor MW radio", "MW link to hub");
        add(m, Vendor.CAMBIUM, "PTP 820", MICROWAVE, 12_000, 1, 2, BACKHAUL_SITES, true, 3,
                "Licensed MW link", "PTP 820S radio");
        add(m, Vendor.COMMSCOPE, "NHH-65B-R2B", ANTENNA, 1_800, 1, 3, RAN_SITES, false, 5,
                "Panel antenna 65 deg", "Sector antenna, 8 port");
        add(m, Vendor.COMMSCOPE, "SBNHH-1D65B", ANTENNA, 2_100, 1, 3, RAN_SITES, false, 3,
                "Dual-band panel antenna", "Sector antenna, tri-band");
        add(m, Vendor.ELTEK, "Flatpack2 48V", POWER, 7_000, 1, 2, EVERY_SITE, false, 4,
                "Rectifier system -48V", "DC plant w/ 4 rectifiers");
        add(m, Vendor.DELTA, "DPR 2900B-48", POWER, 6_500, 1, 2, EVERY_SITE, false, 3,
                "Rectifier shelf", "DC power, battery string");
        add(m, Vendor.AXIS, "P1455-LE", SURVEILLANCE, 900, 1, 4, EVERY_SITE, true, 4,
                "Bullet camera, compound", "Perimeter camera");
        add(m, Vendor.MOTOROLA, "APX 6000", RADIO_UNIT, 5_000, 2, 10, STAFFED, false, 2,
                "P25 portable radios, field crew", "Two-way radios");
        add(m, Vendor.SKYDIO, "X10", DRONE, 20_000, 1, 2, STAFFED, false, 2,
                "Tower inspection drone", "Autonomous inspection drone");
        add(m, Vendor.ERICSSON, "Ericsson Network Manager", SOFTWARE, 45_000, 1, 1, CORE_ONLY, false, 2,
                "RAN management license", "OSS license");
        add(m, Vendor.NOKIA, "NetAct", SOFTWARE, 40_000, 1, 1, CORE_ONLY, false, 1,
                "OSS license");
        add(m, Vendor.NOKIA, "Cloud Mobile Gateway", CORE, 780_000, 1, 1, CORE_ONLY, true, 1,
                "Packet core gateway");
        // Lookalikes: not covered
        add(m, Vendor.H3C, "S5130", IP_ROUTING, 2_500, 1, 2, EVERY_SITE, true, 3,
                "Ethernet switch 28 port", "Mgmt switch");
        add(m, Vendor.ZTT, "ADSS 48F", OPTICAL_TRANSPORT, 4_000, 1, 3, EnumSet.of(SiteType.HUB, SiteType.SHELTER,
                        SiteType.CENTRAL_OFFICE, SiteType.TOWER), false, 2,
                "Optical cable, 48 fiber, per km", "Fiber lateral to tower");
        add(m, Vendor.DZS, "MXK 319", OLT, 30_000, 1, 1, ACCESS_OFFICES, true, 2,
                "MXK OLT, legacy DSL/GPON", "Zhone MXK chassis");
        add(m, Vendor.BAICELLS, "Nova 436Q", RAN_BASEBAND, 9_000, 1, 1, EnumSet.of(SiteType.TOWER, SiteType.ROOFTOP), true, 2,
                "CBRS eNodeB, outdoor", "Fixed wireless base station");
        add(m, Vendor.HUGHES, "HT2000W", MICROWAVE, 1_200, 1, 1, EnumSet.of(SiteType.TOWER, SiteType.SHELTER), true, 1,
                "Satellite backhaul terminal", "Backup satellite modem");
        return new GearCatalog(m);
    }

    private static void add(List<GearModel> models, Vendor vendor, String model, Category category, long cost,
                            int minQuantity, int maxQuantity, Set<SiteType> siteTypes, boolean networked, int weight,
                            String... descriptions) {
        Vendor.SerialStyle style = vendor.serialStyle();
        if (category == ONT_CPE && vendor == Vendor.HUAWEI) {
            style = Vendor.SerialStyle.HUAWEI_ONT;
        } else if (category == ONT_CPE && vendor == Vendor.ZTE) {
            style = Vendor.SerialStyle.ZTE_ONT;
        }
        models.add(new GearModel(vendor, model, category, cost, minQuantity, maxQuantity, siteTypes, networked, style,
                weight, List.of(descriptions)));
    }
}
