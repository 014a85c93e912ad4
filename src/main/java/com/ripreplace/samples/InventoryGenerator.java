package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes a synthetic carrier inventory in the product's standard workbook layout: a Program sheet
 * (key/value settings), a Sites sheet and an Equipment sheet. Rows are streamed with
 * {@link SXSSFWorkbook}, so memory stays bounded however many equipment rows there are; only the
 * site list (a few hundred bytes per site) is held.
 *
 * <p>The same {@link CarrierSpec} always produces the same cell values.
 */
public final class InventoryGenerator {

    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    static final int ROW_WINDOW = 200;

    private final CarrierSpec spec;
    private final List<String> equipmentTitles;

    public InventoryGenerator(CarrierSpec spec) {
        this(spec, List.of());
    }

    private InventoryGenerator(CarrierSpec spec, List<String> equipmentTitles) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.equipmentTitles = List.copyOf(equipmentTitles);
    }

    /**
     * The same generator, but with title lines above the Equipment header (then a blank row), as
     * carriers' own sheets often have.
     */
    public InventoryGenerator withEquipmentTitles(String... titles) {
        return new InventoryGenerator(spec, List.of(titles));
    }

    public GeneratedInventory writeXlsx(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        CarrierProfile profile = CarrierProfile.of(spec);
        List<Site> sites = SiteNetwork.layOut(profile);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet program = workbook.createSheet(ProgramKey.SHEET);
            Sheet sitesSheet = workbook.createSheet(SiteColumn.SHEET);
            Sheet equipment = workbook.createSheet(EquipmentColumn.SHEET);

            writeSites(sitesSheet, sites, styles);
            EquipmentSheet gear = new EquipmentSheet(equipment, styles, equipmentTitles);
            EquipmentLines lines = new EquipmentLines(profile, GearCatalog.standard(),
                    Seeds.stream(spec.seed(), 0x6EA2L), new SerialNumbers(spec.seed()));
            for (Site site : sites) {
                for (EquipmentLine line : lines.at(site)) {
                    gear.write(line);
                }
            }
            gear.finish();
            ProgramValues.of(profile, sites.size(), gear).writeTo(program, styles);
            workbook.setActiveSheet(workbook.getSheetIndex(equipment));

            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
            return new GeneratedInventory(out, sites.size(), gear.items(), gear.coveredItems());
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static void writeSites(Sheet sheet, List<Site> sites, SheetStyles styles) {
        Row header = sheet.createRow(0);
        for (SiteColumn column : SiteColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(column.ordinal(), column.width());
        }
        sheet.createFreezePane(0, 1);
        int rowIndex = 1;
        for (Site site : sites) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(SiteColumn.SITE_ID.ordinal()).setCellValue(site.id());
            row.createCell(SiteColumn.SITE_NAME.ordinal()).setCellValue(site.name());
            Cell lat = row.createCell(SiteColumn.LATITUDE.ordinal());
            lat.setCellValue(site.latitude());
            lat.setCellStyle(styles.coordinate());
            Cell lon = row.createCell(SiteColumn.LONGITUDE.ordinal());
            lon.setCellValue(site.longitude());
            lon.setCellStyle(styles.coordinate());
            row.createCell(SiteColumn.STATE.ordinal()).setCellValue(site.state().name());
            row.createCell(SiteColumn.SITE_TYPE.ordinal()).setCellValue(site.type().label());
            row.createCell(SiteColumn.CRITICAL.ordinal()).setCellValue(site.critical() ? "Y" : "N");
            row.createCell(SiteColumn.SUBSCRIBERS.ordinal()).setCellValue(site.subscribers());
            if (!site.dependsOn().isEmpty()) {
                row.createCell(SiteColumn.DEPENDS_ON.ordinal()).setCellValue(String.join(", ", site.dependsOn()));
            }
            site.accessMonths().ifPresent(months -> row.createCell(SiteColumn.ACCESS_MONTHS.ordinal()).setCellValue(months));
            site.earliestStart().ifPresent(date -> {
                Cell cell = row.createCell(SiteColumn.EARLIEST_START.ordinal());
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
            });
        }
    }

    /** The Program sheet's values, derived from the carrier's profile and the gear written. */
    private record ProgramValues(CarrierProfile profile, long allocation, long budgetPerWave, long startingCash,
                                 int crews) {

        /** Removal, disposal and installation on top of the equipment's own cost. */
        private static final double INSTALL_AND_DISPOSAL = 1.15;
        private static final int MIN_CREWS = 2;
        private static final int MAX_CREWS = 40;
        /** Crews are sized to finish by the deadline in force with this share of their capacity. */
        private static final double CREW_LOAD = 0.8;
        /** Budget per wave is the average spend per wave plus this headroom. */
        private static final double BUDGET_HEADROOM = 1.6;
        /**
         * The whole cost of replacing gear relative to the equipment's own cost: installation, removal,
         * disposal, per-site mobilisation, engineering and climbs, and the contingency (as the built-in cost
         * catalog estimates them for these carriers).
         */
        private static final double ALL_IN = 1.9;

        static ProgramValues of(CarrierProfile profile, int sites, EquipmentSheet gear) {
            long allocation = roundUp(gear.reimbursableCost() * INSTALL_AND_DISPOSAL * profile.fundingFactor(), 1_000);
            int perCrew = profile.sitesPerCrewPerWave();
            int crews = (int) Math.ceil(sites / (profile.usableWaves() * perCrew * CREW_LOAD));
            crews = Math.max(MIN_CREWS, Math.min(MAX_CREWS, crews));
            int plannedWaves = (int) Math.ceil(sites / (double) (crews * perCrew));
            double allIn = gear.coveredCost() * ALL_IN;
            long budget = roundUp(allIn / plannedWaves * BUDGET_HEADROOM, 10_000);
            // Enough to carry the carrier's own share and a few waves of spend while claims are paid.
            long cash = roundUp(Math.max(0, allIn - allocation) + budget * (1 + profile.startingCashWaves()), 10_000);
            return new ProgramValues(profile, Math.max(allocation, 1_000), Math.max(budget, 10_000), cash, crews);
        }

        void writeTo(Sheet sheet, SheetStyles styles) {
            Row header = sheet.createRow(0);
            Cell keyHeader = header.createCell(0);
            keyHeader.setCellValue(ProgramKey.KEY_HEADER);
            keyHeader.setCellStyle(styles.header());
            Cell valueHeader = header.createCell(1);
            valueHeader.setCellValue(ProgramKey.VALUE_HEADER);
            valueHeader.setCellStyle(styles.header());
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 34 * 256);
            int rowIndex = 1;
            for (ProgramKey key : ProgramKey.values()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(key.key());
                Cell value = row.createCell(1);
                switch (key) {
                    case CARRIER_NAME -> value.setCellValue(profile.spec().carrierName());
                    case FRN -> value.setCellValue(profile.frn());
                    case REIMBURSEMENT_ALLOCATION -> money(value, allocation, styles);
                    case FUNDING_FACTOR -> {
                        value.setCellValue(profile.fundingFactor());
                        value.setCellStyle(styles.percent());
                    }
                    case INITIAL_DISBURSEMENT_DATE -> date(value, profile.initialDisbursement(), styles);
                    case DEADLINE -> date(value, profile.deadline(), styles);
                    case EXTENSION_DEADLINE -> profile.extensionDeadline().ifPresentOrElse(
                            d -> date(value, d, styles), () -> value.setBlank());
                    case PLANNING_START -> date(value, profile.planningStart(), styles);
                    case LEAD_TIME_DAYS -> value.setCellValue(profile.leadTimeDays());
                    case WAVE_LENGTH -> value.setCellValue(profile.waveLength());
                    case BUDGET_PER_WAVE -> money(value, budgetPerWave, styles);
                    case STARTING_CASH -> money(value, startingCash, styles);
                    case REIMBURSEMENT_LAG_DAYS -> value.setCellValue(profile.reimbursementLagDays());
                    case CREWS -> value.setCellValue(crews);
                    case SITES_PER_CREW_PER_WAVE -> value.setCellValue(profile.sitesPerCrewPerWave());
                }
            }
        }

        private static void money(Cell cell, long dollars, SheetStyles styles) {
            cell.setCellValue(dollars);
            cell.setCellStyle(styles.wholeCurrency());
        }

        private static void date(Cell cell, LocalDate date, SheetStyles styles) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        }

        private static long roundUp(double value, long step) {
            return (long) Math.ceil(value / step) * step;
        }
    }
}
