package com.ripreplace.samples;

import java.util.List;

/**
 * Manufacturers that appear in generated inventories: how real sheets spell them, their MAC
 * address prefixes (OUIs) where known, how their serial numbers look, and where they stand on the
 * FCC Covered List.
 */
enum Vendor {
    HUAWEI(Standing.COVERED, SerialStyle.HUAWEI,
            List.of("Huawei", "HUAWEI", "Huawei Technologies Co., Ltd.", "huawei tech", "Huawei Technologies"),
            List.of("00:E0:FC", "28:6E:D4", "48:46:FB")),
    ZTE(Standing.COVERED, SerialStyle.ZTE,
            List.of("ZTE", "ZTE Corp", "ZTE Corporation", "zte", "ZTE Corp."),
            List.of("00:19:C6", "34:4B:50")),
    HIKVISION(Standing.COVERED, SerialStyle.HIKVISION,
            List.of("Hikvision", "HIKVISION", "Hangzhou Hikvision"), List.of("44:19:B6", "BC:AD:28")),
    DAHUA(Standing.COVERED, SerialStyle.GENERIC, List.of("Dahua", "Dahua Technology"), List.of("3C:EF:8C", "4C:11:BF")),
    HYTERA(Standing.COVERED, SerialStyle.GENERIC, List.of("Hytera", "Hytera Communications"), List.of()),
    DJI(Standing.COVERED, SerialStyle.DJI, List.of("DJI", "SZ DJI Technology"), List.of("60:60:1F")),
    KASPERSKY(Standing.COVERED, SerialStyle.LICENSE, List.of("Kaspersky", "Kaspersky Lab"), List.of()),

    ERICSSON(Standing.TRUSTED, SerialStyle.ERICSSON, List.of("Ericsson", "ERICSSON", "Ericsson Inc."), List.of("00:01:EC")),
    NOKIA(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Nokia", "Nokia Networks"), List.of()),
    SAMSUNG(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Samsung", "Samsung Networks"), List.of()),
    CISCO(Standing.TRUSTED, SerialStyle.CISCO, List.of("Cisco", "Cisco Systems", "CISCO"), List.of("00:1B:54")),
    JUNIPER(Standing.TRUSTED, SerialStyle.JUNIPER, List.of("Juniper", "Juniper Networks"), List.of("00:05:85")),
    CIENA(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Ciena"), List.of()),
    ADTRAN(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Adtran", "ADTRAN"), List.of("00:A0:C8")),
    CALIX(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Calix"), List.of()),
    AVIAT(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Aviat", "Aviat Networks"), List.of()),
    CAMBIUM(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Cambium", "Cambium Networks"), List.of("00:04:56")),
    COMMSCOPE(Standing.TRUSTED, SerialStyle.GENERIC, List.of("CommScope", "Commscope"), List.of()),
    ELTEK(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Eltek"), List.of()),
    DELTA(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Delta", "Delta Electronics"), List.of()),
    AXIS(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Axis", "Axis Communications"), List.of("00:40:8C")),
    MOTOROLA(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Motorola Solutions", "Motorola"), List.of()),
    SKYDIO(Standing.TRUSTED, SerialStyle.GENERIC, List.of("Skydio"), List.of()),

    H3C(Standing.LOOKALIKE, SerialStyle.GENERIC, List.of("H3C", "New H3C Technologies"), List.of("00:0F:E2")),
    ZTT(Standing.LOOKALIKE, SerialStyle.GENERIC, List.of("ZTT", "Zhongtian Technology (ZTT)"), List.of()),
    DZS(Standing.LOOKALIKE, SerialStyle.GENERIC, List.of("DZS", "Zhone", "DZS (Zhone)"), List.of()),
    BAICELLS(Standing.LOOKALIKE, SerialStyle.GENERIC, List.of("Baicells", "BaiCells"), List.of()),
    HUGHES(Standing.LOOKALIKE, SerialStyle.GENERIC, List.of("Hughes", "Hughes Network Systems"), List.of());

    /** Where a vendor stands on the Covered List. */
    enum Standing {
        /** A Covered List entity (or its brand): flagged. */
        COVERED,
        /** Trusted replacement gear. */
        TRUSTED,
        /** A name that looks like a covered entity but is not one (H3C, ZTT, Zhone...). */
        LOOKALIKE
    }

    /** How a vendor's serial numbers look. */
    enum SerialStyle { HUAWEI, HUAWEI_ONT, ZTE, ZTE_ONT, HIKVISION, DJI, LICENSE, ERICSSON, CISCO, JUNIPER, GENERIC }

    private final Standing standing;
    private final SerialStyle serialStyle;
    private final List<String> spellings;
    private final List<String> ouis;

    Vendor(Standing standing, SerialStyle serialStyle, List<String> spellings, List<String> ouis) {
        this.standing = standing;
        this.serialStyle = serialStyle;
        this.spellings = spellings;
        this.ouis = ouis;
    }

    Standing standing() {
        return standing;
    }

    boolean covered() {
        return standing == Standing.COVERED;
    }

    /** Only Huawei and ZTE gear bought on or before 30 June 2020 is reimbursable. */
    boolean reimbursableEntity() {
        return this == HUAWEI || this == ZTE;
    }

    SerialStyle serialStyle() {
        return serialStyle;
    }

    /** The ways inventories spell this vendor; the first is the canonical one. */
    List<String> spellings() {
        return spellings;
    }

    List<String> ouis() {
        return ouis;
    }

    /** A short code used in serials of vendors without a distinctive format. */
    String serialPrefix() {
        return name().substring(0, 2);
    }
}
