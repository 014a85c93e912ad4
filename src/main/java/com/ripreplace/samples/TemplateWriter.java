package com.ripreplace.samples;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@code templates/inventory-template.xlsx}: an Instructions sheet, then Equipment, Sites and
 * Program sheets with exactly the headers the product reads, drop-down lists where a column has
 * fixed values, date and currency formats, and two example rows.
 */
public final class TemplateWriter {

    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /** Rows (below the header) that carry the drop-down lists and column formats. */
    static final int VALIDATED_ROWS = 10_000;
    static final List<String> YES_NO = List.of("Y", "N");
    static final List<String> WAVE_LENGTHS = List.of("month", "quarter");

    private TemplateWriter() {
    }

    public static void write(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), styles, wrap);
            writeEquipment(workbook.createSheet(EquipmentColumn.SHEET), styles);
            writeSites(workbook.createSheet(SiteColumn.SHEET), styles);
            writeProgram(workbook.createSheet(ProgramKey.SHEET), styles);
            workbook.setActiveSheet(0);

            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    // ---- Instructions ---------------------------------------------------------------------------

    private static final List<String> INTRODUCTION = List.of(
            "Rip & Replace Planner - inventory template",
            "Fill in one row per line of gear on Equipment (required). Sites and Program are optional but make the plan much better: "
                    + "add every site on Sites and your program settings on Program.",
            "Headers are matched by name, not by position, and common aliases are accepted: Mfr, Make or Manufacturer for Vendor; "
                    + "S/N or Serial No. for Serial; Tower ID or Site Code for Site ID; Qty or Count for Quantity; and more. "
                    + "Title rows above the header are fine, and the site columns may sit on the Equipment sheet instead of a Sites sheet.",
            "Files accepted: .xlsx, legacy .xls, and CSV (comma, semicolon, tab or pipe delimited; UTF-8 with or without BOM, or Windows-1252).",
            "The example rows (sites EX-001 and EX-002) show the value forms: replace them with your own rows before you upload.");

    private record Help(String sheet, String column, String required, String meaning, String accepted) {
    }

    private static final String DATE_FORMS = "A real Excel date (shown yyyy-mm-dd), or a date typed as 2019-03-12 or 3/12/2019.";

    private static final List<Help> HELP = List.of(
            new Help("Equipment", "Site ID", "Yes", "The site the gear is installed at; list the site on Sites.",
                    "Text such as WY-0001. Same spelling as on Sites."),
            new Help("Equipment", "Vendor", "Yes", "The manufacturer, as you know it.",
                    "Any spelling (Huawei, HUAWEI, Huawei Technologies Co., Ltd.). Brands and subsidiaries are recognised; "
                            + "lookalikes (H3C, ZTT, Zhone) are not treated as covered."),
            new Help("Equipment", "Model", "Yes", "Model or part number.", "Text, such as BBU3900 or ZXSDR R8862."),
            new Help("Equipment", "Serial", "Recommended", "Serial number of the unit (or of the first unit on the line).",
                    "Text; keep leading zeros. Each serial once in the file."),
            new Help("Equipment", "Category", "Recommended", "Kind of gear; sets the default replacement cost and lead time.",
                    String.join(", ", Category.labels()) + " (drop-down)."),
            new Help("Equipment", "Quantity", "Yes", "Units on this line.", "A whole number, 1 or more."),
            new Help("Equipment", "Purchase Date", "Recommended",
                    "When the carrier obtained it. Only Huawei and ZTE gear obtained on or before 30 June 2020 is reimbursable; "
                            + "a blank date is flagged for review, never assumed eligible.", DATE_FORMS),
            new Help("Equipment", "Description", "No", "A short description for people reading the plan.", "Text."),
            new Help("Equipment", "Unit Replacement Cost", "No",
                    "Your replacement cost per unit; leave blank to use the cost catalog's default for the category.",
                    "A number in dollars (currency format), such as 13000."),
            new Help("Equipment", "MAC", "No", "MAC address; its prefix (OUI) helps identify the maker.",
                    "AA:BB:CC:DD:EE:FF."),
            new Help("Sites", "Site ID", "Yes", "Your id for the site.", "Text such as WY-0001; each id once."),
            new Help("Sites", "Site Name", "No", "The name crews know it by.", "Text."),
            new Help("Sites", "Latitude", "Recommended", "Where the site is.", "Decimal degrees, such as 44.7973."),
            new Help("Sites", "Longitude", "Recommended", "Where the site is.",
                    "Decimal degrees, negative west of Greenwich, such as -106.9562."),
            new Help("Sites", "State", "No", "The state the site is in.", "Two-letter code, such as WY."),
            new Help("Sites", "Site Type", "No", "What kind of site it is.", String.join(", ", SiteType.labels()) + " (drop-down)."),
            new Help("Sites", "Critical", "No", "Whether an outage there cuts off other sites or 911 service.",
                    "Y or N (drop-down)."),
            new Help("Sites", "Subscribers", "No", "Subscribers the site serves.", "A whole number."),
            new Help("Sites", "Depends On", "No",
                    "Sites that must stay up for this one to work (the hub or core that backhauls it); they are replaced first.",
                    "Comma-separated Site IDs listed on Sites, such as \"WY-0001, WY-0004\". No site may depend on itself, directly or through others."),
            new Help("Sites", "Access Months", "No", "When crews can reach the site (mountain sites are often summer only).",
                    "Blank for year-round, or a month range such as Jun-Sep or May-Oct."),
            new Help("Sites", "Earliest Start", "No", "First day work may start (a lease, permit or landowner).", DATE_FORMS));

    private static void writeInstructions(Sheet sheet, SheetStyles styles, CellStyle wrap) {
        int rowIndex = 0;
        for (int i = 0; i < INTRODUCTION.size(); i++) {
            Cell cell = sheet.createRow(rowIndex++).createCell(0);
            cell.setCellValue(INTRODUCTION.get(i));
            cell.setCellStyle(i == 0 ? styles.title() : wrap);
            if (i > 0) {
                sheet.addMergedRegion(new CellRangeAddress(rowIndex - 1, rowIndex - 1, 0, 4));
                sheet.getRow(rowIndex - 1).setHeightInPoints(i == 2 ? 48 : 32);
            }
        }
        rowIndex++;
        Row header = sheet.createRow(rowIndex++);
        List<String> headers = List.of("Sheet", "Column / Setting", "Required", "What it means", "Accepted values");
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header());
        }
        for (Help help : HELP) {
            rowIndex = helpRow(sheet, rowIndex, wrap, help.sheet(), help.column(), help.required(), help.meaning(),
                    help.accepted());
        }
        for (ProgramKey key : ProgramKey.values()) {
            String accepted = switch (key.kind()) {
                case DATE -> DATE_FORMS;
                case MONEY -> "A number in dollars (currency format).";
                case PERCENT -> "A fraction such as 1.0 or 0.395 (shown as 100% or 39.5%).";
                case NUMBER -> "A whole number.";
                case TEXT -> key == ProgramKey.WAVE_LENGTH ? "month or quarter (drop-down)." : "Text.";
            };
            rowIndex = helpRow(sheet, rowIndex, wrap, ProgramKey.SHEET, key.key(), "No", key.meaning(), accepted);
        }
        int[] widths = {12, 24, 13, 60, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static int helpRow(Sheet sheet, int rowIndex, CellStyle wrap, String... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            cell.setCellStyle(wrap);
        }
        return rowIndex + 1;
    }

    // ---- Equipment ------------------------------------------------------------------------------

    private static void writeEquipment(Sheet sheet, SheetStyles styles) {
        Row header = sheet.createRow(0);
        for (EquipmentColumn column : EquipmentColumn.values()) {
            headerCell(header, column.ordinal(), column.header(), styles);
            sheet.setColumnWidth(column.ordinal(), column.width());
        }
        sheet.createFreezePane(0, 1);
        sheet.setDefaultColumnStyle(EquipmentColumn.PURCHASE_DATE.ordinal(), styles.date());
        sheet.setDefaultColumnStyle(EquipmentColumn.UNIT_REPLACEMENT_COST.ordinal(), styles.currency());
        dropDown(sheet, EquipmentColumn.CATEGORY.ordinal(), List.of(Category.labels()), "Category");

        Row huawei = sheet.createRow(1);
        huawei.createCell(EquipmentColumn.SITE_ID.ordinal()).setCellValue("EX-001");
        huawei.createCell(EquipmentColumn.VENDOR.ordinal()).setCellValue("Huawei");
        huawei.createCell(EquipmentColumn.MODEL.ordinal()).setCellValue("BBU3900");
        huawei.createCell(EquipmentColumn.SERIAL.ordinal()).setCellValue("2102310YJG10H5000123");
        huawei.createCell(EquipmentColumn.CATEGORY.ordinal()).setCellValue(Category.RAN_BASEBAND.label());
        huawei.createCell(EquipmentColumn.QUANTITY.ordinal()).setCellValue(1);
        date(huawei.createCell(EquipmentColumn.PURCHASE_DATE.ordinal()), LocalDate.of(2017, 5, 12), styles);
        huawei.createCell(EquipmentColumn.DESCRIPTION.ordinal()).setCellValue("LTE baseband unit, 3 sectors");
        huawei.createCell(EquipmentColumn.UNIT_REPLACEMENT_COST.ordinal()).setCellStyle(styles.currency());
        huawei.createCell(EquipmentColumn.MAC.ordinal()).setCellValue("00:E0:FC:12:34:56");

        Row ericsson = sheet.createRow(2);
        ericsson.createCell(EquipmentColumn.SITE_ID.ordinal()).setCellValue("EX-002");
        ericsson.createCell(EquipmentColumn.VENDOR.ordinal()).setCellValue("Ericsson");
        ericsson.createCell(EquipmentColumn.MODEL.ordinal()).setCellValue("Radio 4449");
        ericsson.createCell(EquipmentColumn.SERIAL.ordinal()).setCellValue("D16Q123456");
        ericsson.createCell(EquipmentColumn.CATEGORY.ordinal()).setCellValue(Category.RADIO_UNIT.label());
        ericsson.createCell(EquipmentColumn.QUANTITY.ordinal()).setCellValue(3);
        date(ericsson.createCell(EquipmentColumn.PURCHASE_DATE.ordinal()), LocalDate.of(2021, 9, 30), styles);
        ericsson.createCell(EquipmentColumn.DESCRIPTION.ordinal()).setCellValue("700/850 MHz radio, sectors A-C");
        Cell cost = ericsson.createCell(EquipmentColumn.UNIT_REPLACEMENT_COST.ordinal());
        cost.setCellValue(13_000);
        cost.setCellStyle(styles.currency());
    }

    // ---- Sites ----------------------------------------------------------------------------------

    private static void writeSites(Sheet sheet, SheetStyles styles) {
        Row header = sheet.createRow(0);
        for (SiteColumn column : SiteColumn.values()) {
            headerCell(header, column.ordinal(), column.header(), styles);
            sheet.setColumnWidth(column.ordinal(), column.width());
        }
        sheet.createFreezePane(0, 1);
        sheet.setDefaultColumnStyle(SiteColumn.EARLIEST_START.ordinal(), styles.date());
        dropDown(sheet, SiteColumn.SITE_TYPE.ordinal(), List.of(SiteType.labels()), "Site Type");
        dropDown(sheet, SiteColumn.CRITICAL.ordinal(), YES_NO, "Critical");

        Row hub = sheet.createRow(1);
        hub.createCell(SiteColumn.SITE_ID.ordinal()).setCellValue("EX-001");
        hub.createCell(SiteColumn.SITE_NAME.ordinal()).setCellValue("Example Hub");
        hub.createCell(SiteColumn.LATITUDE.ordinal()).setCellValue(44.7973);
        hub.createCell(SiteColumn.LONGITUDE.ordinal()).setCellValue(-106.9562);
        hub.createCell(SiteColumn.STATE.ordinal()).setCellValue("WY");
        hub.createCell(SiteColumn.SITE_TYPE.ordinal()).setCellValue(SiteType.HUB.label());
        hub.createCell(SiteColumn.CRITICAL.ordinal()).setCellValue("Y");
        hub.createCell(SiteColumn.SUBSCRIBERS.ordinal()).setCellValue(1200);

        Row tower = sheet.createRow(2);
        tower.createCell(SiteColumn.SITE_ID.ordinal()).setCellValue("EX-002");
        tower.createCell(SiteColumn.SITE_NAME.ordinal()).setCellValue("Example Ridge Tower");
        tower.createCell(SiteColumn.LATITUDE.ordinal()).setCellValue(44.6512);
        tower.createCell(SiteColumn.LONGITUDE.ordinal()).setCellValue(-107.2101);
        tower.createCell(SiteColumn.STATE.ordinal()).setCellValue("WY");
        tower.createCell(SiteColumn.SITE_TYPE.ordinal()).setCellValue(SiteType.TOWER.label());
        tower.createCell(SiteColumn.CRITICAL.ordinal()).setCellValue("N");
        tower.createCell(SiteColumn.SUBSCRIBERS.ordinal()).setCellValue(350);
        tower.createCell(SiteColumn.DEPENDS_ON.ordinal()).setCellValue("EX-001");
        tower.createCell(SiteColumn.ACCESS_MONTHS.ordinal()).setCellValue("Jun-Sep");
        date(tower.createCell(SiteColumn.EARLIEST_START.ordinal()), LocalDate.of(2025, 7, 1), styles);
    }

    // ---- Program --------------------------------------------------------------------------------

    private static void writeProgram(Sheet sheet, SheetStyles styles) {
        Row header = sheet.createRow(0);
        headerCell(header, 0, ProgramKey.KEY_HEADER, styles);
        headerCell(header, 1, ProgramKey.VALUE_HEADER, styles);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.createFreezePane(0, 1);
        LocalDate initial = LocalDate.of(2025, 8, 15);
        int rowIndex = 1;
        for (ProgramKey key : ProgramKey.values()) {
            Row row = sheet.createRow(rowIndex);
            row.createCell(0).setCellValue(key.key());
            Cell value = row.createCell(1);
            switch (key) {
                case CARRIER_NAME -> value.setCellValue("Example Rural Wireless");
                case FRN -> value.setCellValue("0012345678");
                case REIMBURSEMENT_ALLOCATION -> money(value, 2_500_000, styles);
                case FUNDING_FACTOR -> value.setCellValue(1.0);
                case INITIAL_DISBURSEMENT_DATE -> date(value, initial, styles);
                case DEADLINE -> date(value, initial.plusYears(1), styles);
                case EXTENSION_DEADLINE -> value.setCellStyle(styles.date());
                case PLANNING_START -> date(value, LocalDate.of(2025, 9, 1), styles);
                case LEAD_TIME_DAYS -> value.setCellValue(90);
                case WAVE_LENGTH -> value.setCellValue("month");
                case BUDGET_PER_WAVE -> money(value, 250_000, styles);
                case STARTING_CASH -> money(value, 500_000, styles);
                case REIMBURSEMENT_LAG_DAYS -> value.setCellValue(120);
                case CREWS -> value.setCellValue(2);
                case SITES_PER_CREW_PER_WAVE -> value.setCellValue(3);
            }
            if (key == ProgramKey.FUNDING_FACTOR) {
                value.setCellStyle(styles.percent());
            }
            if (key == ProgramKey.WAVE_LENGTH) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(
                        helper.createExplicitListConstraint(WAVE_LENGTHS.toArray(String[]::new)),
                        new CellRangeAddressList(rowIndex, rowIndex, 1, 1));
                explain(validation, "Wave Length", WAVE_LENGTHS);
                sheet.addValidationData(validation);
            }
            rowIndex++;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void headerCell(Row row, int column, String text, SheetStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
    }

    private static void dropDown(Sheet sheet, int column, List<String> values, String name) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        explain(validation, name, values);
        sheet.addValidationData(validation);
    }

    private static void explain(DataValidation validation, String name, List<String> values) {
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell arrow
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(name, name + " must be one of: " + String.join(", ", values));
        validation.setShowPromptBox(true);
        validation.createPromptBox(name, "Pick from the list: " + String.join(", ", values));
    }

    private static void date(Cell cell, LocalDate date, SheetStyles styles) {
        cell.setCellValue(date);
        cell.setCellStyle(styles.date());
    }

    private static void money(Cell cell, long dollars, SheetStyles styles) {
        cell.setCellValue(dollars);
        cell.setCellStyle(styles.wholeCurrency());
    }
}
