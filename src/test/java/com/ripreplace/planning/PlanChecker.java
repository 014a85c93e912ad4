package com.ripreplace.planning;

import com.ripreplace.cost.CategoryCost;
import com.ripreplace.cost.CostCatalog;
import com.ripreplace.cost.ProgramTerms;
import com.ripreplace.check.CheckResult;
import com.ripreplace.check.CheckedItem;
import com.ripreplace.inventory.Site;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-derives every hard rule from a written plan workbook, independently of the solver's score: it
 * reads the Schedule and Waves sheets as a reviewer would (formulas evaluated by POI) and compares
 * them with the inventory and the programme terms.
 */
final class PlanChecker {

    private PlanChecker() {
    }

    record Scheduled(String siteId, int wave, int crew, LocalDate start, LocalDate finish, List<String> dependsOn) {
    }

    /** Every breach of a hard rule found in the workbook, as sentences; empty when the plan obeys them all. */
    static List<String> hardRuleBreaches(Path workbook, CheckResult inventory, ProgramTerms terms) throws IOException {
        Checked checked = check(workbook, inventory, terms);
        List<String> all = new ArrayList<>(checked.physical());
        all.addAll(checked.money());
        return all;
    }

    /**
     * What a reviewer finds in the workbook: breaches of the physical rules (crews, dependencies, access months,
     * earliest start, every covered site scheduled), breaches of the money rules (budget per wave, except a wave
     * holding one site alone; cash balance when starting cash is given; claims within the allocation), and the
     * lowest cash balance of the Waves sheet with the wave it is first reached in.
     */
    record Checked(List<String> physical, List<String> money, BigDecimal lowestBalance, int lowestWave) {
    }

    static Checked check(Path workbook, CheckResult inventory, ProgramTerms terms) throws IOException {
        List<String> breaches = new ArrayList<>();
        List<String> money = new ArrayList<>();
        BigDecimal lowest = null;
        int lowestWave = 0;
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            List<Scheduled> schedule = schedule(book.getSheet("Schedule"));
            Map<String, Site> sites = new HashMap<>();
            inventory.inventory().sites().forEach(s -> sites.put(s.siteId(), s));
            CostCatalog catalog = CostCatalog.loadDefault().withCosts(inventory.inventory().costs());
            Map<String, Scheduled> byId = new HashMap<>();
            schedule.forEach(s -> byId.put(s.siteId(), s));

            long covered = inventory.items().stream().filter(i -> i.finding().covered()).map(i -> i.line().siteId())
                    .distinct().count();
            if (schedule.size() != covered) {
                breaches.add("Schedule lists " + schedule.size() + " sites; " + covered + " have covered gear");
            }
            Map<String, Integer> load = new HashMap<>();
            for (Scheduled s : schedule) {
                if (s.crew() < 1 || s.crew() > terms.crews()) {
                    breaches.add(s.siteId() + " is given crew " + s.crew() + " of " + terms.crews());
                }
                int n = load.merge(s.wave() + "/" + s.crew(), 1, Integer::sum);
                if (n == terms.sitesPerCrewPerWave() + 1) {
                    breaches.add("Crew " + s.crew() + " has more than " + terms.sitesPerCrewPerWave() + " sites in wave "
                            + s.wave());
                }
                for (String prerequisite : s.dependsOn()) {
                    Scheduled before = byId.get(prerequisite);
                    if (before != null && !before.finish().isBefore(s.start())) {
                        breaches.add(s.siteId() + " starts " + s.start() + " before " + prerequisite + " finishes "
                                + before.finish());
                    }
                }
                Site site = sites.get(s.siteId());
                for (LocalDate d = s.start(); !d.isAfter(s.finish()); d = d.plusMonths(1).withDayOfMonth(1)) {
                    if (site != null && !site.accessMonths().contains(d.getMonthValue())) {
                        breaches.add(s.siteId() + " is worked in month " + d.getMonthValue() + ", outside "
                                + site.accessMonths());
                        break;
                    }
                }
                LocalDate earliest = earliestStart(s.siteId(), site, inventory, terms, catalog);
                if (s.start().isBefore(earliest)) {
                    breaches.add(s.siteId() + " starts " + s.start() + " before its earliest start " + earliest);
                }
            }
            Sheet waves = book.getSheet("Waves");
            Map<String, Integer> columns = header(waves.getRow(0));
            BigDecimal claimed = BigDecimal.ZERO;
            for (int r = 1; r <= waves.getLastRowNum(); r++) {
                Row row = waves.getRow(r);
                Cell first = row == null ? null : row.getCell(0);
                if (first == null || first.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                BigDecimal spend = number(row, columns.get("Spend"), evaluator);
                BigDecimal budget = number(row, columns.get("Budget"), evaluator);
                BigDecimal sitesInWave = number(row, columns.get("Sites"), evaluator);
                if (budget != null && spend != null && spend.compareTo(budget) > 0
                        && (sitesInWave == null || sitesInWave.intValue() > 1)) {
                    money.add("Wave " + (int) first.getNumericCellValue() + " spends " + spend + " over its budget " + budget);
                }
                BigDecimal balance = number(row, columns.get("Cash Balance"), evaluator);
                if (terms.givenStartingCash().isPresent() && balance != null && balance.signum() < 0) {
                    money.add("Wave " + (int) first.getNumericCellValue() + " ends with cash balance " + balance);
                }
                if (balance != null && (lowest == null || balance.compareTo(lowest) < 0)) {
                    lowest = balance;
                    lowestWave = (int) first.getNumericCellValue();
                }
                if (columns.containsKey("Claimed")) {
                    BigDecimal c = number(row, columns.get("Claimed"), evaluator);
                    claimed = claimed.add(c == null ? BigDecimal.ZERO : c);
                }
            }
            BigDecimal total = claimed;
            terms.allocation().ifPresent(a -> {
                if (total.setScale(2, RoundingMode.HALF_EVEN).compareTo(a.amount()) > 0) {
                    money.add("Claims of " + total + " exceed the allocation of " + a);
                }
            });
        }
        return new Checked(breaches, money, lowest == null ? null : lowest.setScale(2, RoundingMode.HALF_EVEN), lowestWave);
    }

    /** Planning start plus the longest lead time of the site's covered gear, or the site's own earliest start. */
    private static LocalDate earliestStart(String siteId, Site site, CheckResult inventory, ProgramTerms terms,
                                           CostCatalog catalog) {
        int lead = terms.leadTimeDays().orElseGet(() -> inventory.items().stream()
                .filter(i -> i.finding().covered() && i.line().siteId().equals(siteId)).map(CheckedItem::line)
                .map(l -> catalog.categoryFor(l.category())).mapToInt(CategoryCost::leadTimeDays).max().orElse(0));
        LocalDate earliest = terms.planningStart().plusDays(lead);
        if (site != null && site.earliestStart() != null && site.earliestStart().isAfter(earliest)) {
            earliest = site.earliestStart();
        }
        return earliest;
    }

    static List<Scheduled> schedule(Sheet sheet) {
        Map<String, Integer> c = header(sheet.getRow(0));
        DataFormatter text = new DataFormatter();
        List<Scheduled> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(c.get("Wave")) == null
                    || row.getCell(c.get("Wave")).getCellType() != CellType.NUMERIC) {
                continue;
            }
            String depends = text.formatCellValue(row.getCell(c.get("Depends On")));
            rows.add(new Scheduled(text.formatCellValue(row.getCell(c.get("Site ID"))),
                    (int) row.getCell(c.get("Wave")).getNumericCellValue(),
                    (int) row.getCell(c.get("Crew")).getNumericCellValue(), date(row.getCell(c.get("Start"))),
                    date(row.getCell(c.get("Finish"))),
                    depends.isBlank() ? List.of() : List.of(depends.split("\\s*,\\s*"))));
        }
        return rows;
    }

    private static LocalDate date(Cell cell) {
        LocalDateTime value = cell.getLocalDateTimeCellValue();
        return value.toLocalDate();
    }

    private static BigDecimal number(Row row, Integer column, FormulaEvaluator evaluator) {
        if (column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue());
        }
        return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()) : null;
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : row) {
            columns.put(cell.getStringCellValue().strip(), cell.getColumnIndex());
        }
        return columns;
    }
}
