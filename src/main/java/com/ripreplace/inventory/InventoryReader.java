package com.ripreplace.inventory;

import com.ripreplace.inventory.read.FileInspector;
import com.ripreplace.inventory.read.ReadProblem;
import com.ripreplace.inventory.read.RawCell;
import com.ripreplace.inventory.read.RawRow;
import com.ripreplace.inventory.read.SheetReadException;
import com.ripreplace.inventory.read.UnusableFileException;
import com.ripreplace.inventory.read.WorkbookSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads one or more inventory files into one {@link Inventory}: finds each sheet's header and role
 * (equipment, sites, programme settings), maps rows to records, validates every value and the links
 * between them, and collects every problem with its file, sheet, row and column. Several files form
 * one inventory; any error anywhere means nothing is imported.
 */
public final class InventoryReader {

    private static final Set<String> TOTAL_WORDS = Set.of("total", "totals", "grandtotal", "subtotal", "sum",
            "sumtotal", "totalitems", "totalunits");
    /** How many distinct repeated texts one sheet keeps a single copy of. */
    private static final int MAX_SHARED_TEXTS = 50_000;
    private static final Set<String> BLANK_SERIALS = Set.of("na", "none", "unknown", "tbd", "nil", "notavailable",
            "noserial", "");

    private final InputLimits limits;
    private final FileInspector inspector;

    public InventoryReader(InputLimits limits) {
        this.limits = limits;
        this.inspector = new FileInspector(limits.reading());
    }

    /** A file to read and the name it is known by (the uploaded name, or the path given on the command line). */
    public record InputFile(Path path, String name) {
    }

    public Inventory read(List<InputFile> files) {
        return read(files, line -> { });
    }

    /**
     * Reads the files, handing each line of gear to {@code onLine} as soon as it is read (in the order of
     * the inventory's items), so later work can start while the rest of the file is still being read.
     * Lines handed over belong to the inventory only if it turns out usable.
     */
    public Inventory read(List<InputFile> files, Consumer<EquipmentLine> onLine) {
        return new Session(onLine).read(files);
    }

    /** The state of one read. */
    private final class Session {
        private final ProblemLog log = new ProblemLog(limits.maxProblemsPerFile());
        private final Map<String, SiteDraft> sites = new LinkedHashMap<>();
        private final SerialRegister serials = new SerialRegister();
        private final List<EquipmentLine> items = new ArrayList<>();
        /** Each file read, with its SHA-256 being worked out on another thread while the file is read. */
        private final List<CompletableFuture<Inventory.SourceFile>> sourceFiles = new ArrayList<>();
        private final ProgramRows program = new ProgramRows();
        private final List<CostRow> costs = new ArrayList<>();
        private final Consumer<EquipmentLine> onLine;
        private boolean sitesSheetSeen;
        private boolean equipmentSheetSeen;

        Session(Consumer<EquipmentLine> onLine) {
            this.onLine = onLine;
        }

        Inventory read(List<InputFile> files) {
            for (InputFile file : files) {
                readFile(file);
            }
            if (!equipmentSheetSeen && !log.hasErrors() && !files.isEmpty()) {
                log.error(Problem.ofFile(files.get(0).name(), "No sheet has equipment columns: looked in the first "
                        + SheetLayout.ROWS_SEARCHED + " rows of every sheet for a header naming at least Site ID and"
                        + " Vendor, Model or Serial (see templates/inventory-template.xlsx)."));
            }
            checkLinks();
            List<Problem> errors = log.errors();
            if (!errors.isEmpty()) {
                return new Inventory(sourceFiles(), List.of(), List.of(), program.settings(), errors, log.warnings());
            }
            List<Site> siteList = sites.values().stream().map(SiteDraft::toSite).toList();
            return new Inventory(sourceFiles(), siteList, items, program.settings(), List.of(), log.warnings(), costs);
        }

        private List<Inventory.SourceFile> sourceFiles() {
            List<Inventory.SourceFile> files = new ArrayList<>(sourceFiles.size());
            for (CompletableFuture<Inventory.SourceFile> file : sourceFiles) {
                try {
                    files.add(file.join());
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            return files;
        }

        private void readFile(InputFile input) {
            String file = input.name();
            FileInspector.Opened opened;
            try {
                opened = inspector.open(input.path(), file);
            } catch (UnusableFileException e) {
                log.error(problem(e.problem()));
                return;
            }
            String kind = opened.kind().label();
            sourceFiles.add(CompletableFuture.supplyAsync(() -> new Inventory.SourceFile(file, kind, sha256(input.path()))));
            boolean anyRecognised = false;
            try (WorkbookSource source = opened.source()) {
                List<String> names = source.sheetNames();
                for (int i = 0; i < names.size(); i++) {
                    anyRecognised |= readSheet(file, names.get(i), source, i);
                }
            } catch (SheetReadException e) {
                log.error(problem(e.problem()));
                return;
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                log.error(Problem.ofFile(file, "The file cannot be read to the end; it is damaged or truncated ("
                        + FileInspector.plain(e) + ")."));
                return;
            } catch (RuntimeException e) {
                log.error(Problem.ofFile(file, "The workbook is damaged and cannot be read ("
                        + FileInspector.plain(e) + ")."));
                return;
            }
            if (!anyRecognised) {
                log.error(Problem.ofFile(file, "No sheet in this file has an inventory header: looked in the first "
                        + SheetLayout.ROWS_SEARCHED + " rows of every sheet for columns such as Site ID, Vendor,"
                        + " Model and Serial (see templates/inventory-template.xlsx)."));
            }
        }

        /** Reads one sheet; answers whether it was recognised as equipment, sites or programme settings. */
        private boolean readSheet(String file, String sheet, WorkbookSource source, int index) {
            try (Stream<RawRow> stream = source.rows(index)) {
                Iterator<RawRow> rows = java.util.Spliterators.iterator(stream.spliterator());
                List<RawRow> head = new ArrayList<>();
                while (head.size() < SheetLayout.ROWS_SEARCHED && rows.hasNext()) {
                    RawRow row = limited(file, sheet, rows.next());
                    if (!row.isBlank()) {
                        head.add(row);
                    }
                }
                Optional<SheetLayout> layout = SheetLayout.find(head);
                if (layout.isEmpty()) {
                    if (program.looksLikeProgram(head)) {
                        head.forEach(row -> program.read(file, sheet, row, source.date1904(), log));
                        return true;
                    }
                    Optional<CostSheet> costSheet = CostSheet.find(head);
                    if (costSheet.isPresent()) {
                        head.forEach(row -> costSheet.get().read(file, sheet, row, log));
                        rows.forEachRemaining(row -> costSheet.get().read(file, sheet, limited(file, sheet, row), log));
                        costs.addAll(costSheet.get().rows());
                        return true;
                    }
                    if (!head.isEmpty()) {
                        log.warning(new Problem(file, sheet, null, null, null, "Sheet skipped: no row in its first "
                                + SheetLayout.ROWS_SEARCHED + " rows is a header of inventory columns."));
                    }
                    return false;
                }
                SheetLayout found = layout.get().withSiteNameAsId();
                if (found != layout.get()) {
                    log.warning(new Problem(file, sheet, found.headerRow(), found.letter(Field.SITE_ID),
                            found.headerText(Field.SITE_ID), "The sheet has no Site ID column; '"
                            + found.headerText(Field.SITE_ID) + "' is used to tell the sites apart."));
                }
                SheetReader reader = new SheetReader(file, sheet, found, source.date1904());
                reader.start();
                Consumer<RawRow> handle = row -> {
                    if (row.number() > found.headerRow() && !row.isBlank()) {
                        reader.accept(row);
                    }
                };
                head.forEach(handle);
                while (rows.hasNext()) {
                    handle.accept(limited(file, sheet, rows.next()));
                }
                return true;
            }
        }

        private RawRow limited(String file, String sheet, RawRow row) {
            if (row.number() > limits.maxRowsPerSheet()) {
                throw new SheetReadException(new ReadProblem(file, sheet, row.number(), null, "This sheet reaches row "
                        + String.format(Locale.ROOT, "%,d", row.number()) + "; at most "
                        + String.format(Locale.ROOT, "%,d", limits.maxRowsPerSheet()) + " rows are read"
                        + " (ripreplace.limits.max-rows-per-sheet). Split the inventory into several files."));
            }
            return row;
        }

        /** Maps the rows of one recognised sheet to sites or lines of gear. */
        private final class SheetReader {
            private final String file;
            private final String sheet;
            private final SheetLayout layout;
            private final boolean date1904;
            private final boolean equipment;
            /** An equipment sheet with site columns beside the gear (a flat layout). */
            private final boolean siteColumns;
            /** The site id of the previous line as written and as first written: lines of one site come together. */
            private String lastSiteId;
            private String lastCanonicalSiteId;
            private final Map<String, String> repeated = new java.util.HashMap<>();

            SheetReader(String file, String sheet, SheetLayout layout, boolean date1904) {
                this.file = file;
                this.sheet = sheet;
                this.layout = layout;
                this.date1904 = date1904;
                this.equipment = layout.role() == SheetLayout.Role.EQUIPMENT;
                this.siteColumns = layout.columns().keySet().stream()
                        .anyMatch(f -> f.group() == Field.Group.SITE && f != Field.SITE_ID);
            }

            void start() {
                if (equipment) {
                    equipmentSheetSeen = true;
                } else {
                    sitesSheetSeen = true;
                }
                for (String duplicate : layout.duplicateHeaders()) {
                    log.warning(new Problem(file, sheet, layout.headerRow(), null, duplicate, "Column '" + duplicate
                            + "' names a field an earlier column already holds; it is kept as a note."));
                }
                if (!layout.has(Field.SITE_ID)) {
                    log.error(new Problem(file, sheet, layout.headerRow(), null, null, "The header has no Site ID column"
                            + " (looked for Site ID, Site Code, Tower ID, Location ID and similar names); every line"
                            + " of gear needs the site it stands at."));
                }
            }

            void accept(RawRow row) {
                if (isTotalsRow(row)) {
                    log.warning(at(row, null, "Skipped a totals row; it is not a " + (equipment ? "line of gear." : "site.")));
                    return;
                }
                if (!layout.has(Field.SITE_ID)) {
                    return;
                }
                String siteId = text(row, Field.SITE_ID);
                if (siteId == null) {
                    log.error(at(row, Field.SITE_ID, "Site ID is blank; every " + (equipment ? "line of gear needs the"
                            + " site it stands at." : "site needs an id.")));
                    return;
                }
                if (equipment) {
                    readEquipment(row, siteId);
                } else {
                    readSite(row, siteId);
                }
            }

            private void readEquipment(RawRow row, String siteId) {
                SourceRef ref = new SourceRef(file, sheet, row.number());
                String vendor = shared(text(row, Field.VENDOR));
                String model = shared(text(row, Field.MODEL));
                String description = shared(text(row, Field.DESCRIPTION));
                if (vendor == null && model == null && description == null && text(row, Field.MAC) == null) {
                    log.error(at(row, layout.has(Field.VENDOR) ? Field.VENDOR : Field.MODEL, "Vendor, Model,"
                            + " Description and MAC are all blank; the line of gear cannot be identified."));
                    return;
                }
                Integer quantity = 1;
                RawCell quantityCell = layout.at(row, Field.QUANTITY);
                if (quantityCell != null) {
                    quantity = value(row, Field.QUANTITY, CellValues.wholeNumber(quantityCell, "Quantity", 1,
                            "a whole number of at least 1"));
                } else if (layout.has(Field.QUANTITY)) {
                    log.tally(file, sheet, layout.letter(Field.QUANTITY), layout.headerText(Field.QUANTITY),
                            "Quantity was blank and counted as 1", row.number());
                }
                RawCell dateCell = layout.at(row, Field.PURCHASE_DATE);
                LocalDate purchaseDate = dateCell == null ? null
                        : value(row, Field.PURCHASE_DATE, CellValues.date(dateCell, "Purchase Date", date1904));
                RawCell costCell = layout.at(row, Field.UNIT_COST);
                BigDecimal unitCost = costCell == null ? null
                        : value(row, Field.UNIT_COST, CellValues.money(costCell, "Unit Replacement Cost"));
                String mac = null;
                RawCell macCell = layout.at(row, Field.MAC);
                if (macCell != null) {
                    Parsed<String> parsed = CellValues.mac(macCell, "MAC");
                    if (parsed instanceof Parsed.Invalid<String> invalid) {
                        log.warning(at(row, Field.MAC, invalid.message()));
                    } else {
                        mac = ((Parsed.Value<String>) parsed).value();
                    }
                }
                String serial = serial(row, ref);
                RawCell overrideCell = layout.at(row, Field.OVERRIDE);
                EquipmentLine.CellText override = overrideCell == null ? null
                        : new EquipmentLine.CellText(overrideCell.value().strip(), layout.letter(Field.OVERRIDE));
                Map<String, String> notes = Map.of();
                if (!layout.unknownColumns().isEmpty()) {
                    Map<String, String> found = new LinkedHashMap<>();
                    layout.unknownColumns().forEach((column, header) -> {
                        String value = row.text(column);
                        if (!value.isEmpty()) {
                            found.put(header, value);
                        }
                    });
                    notes = found;
                }
                String canonicalSite = siteColumns ? fillSite(row, siteId, false) : knownSiteId(siteId, ref);
                if (quantity == null || log.hasErrors()) {
                    return;
                }
                EquipmentLine line = new EquipmentLine(ref, canonicalSite, vendor, model, serial,
                        shared(text(row, Field.CATEGORY)), quantity, purchaseDate, description, unitCost, mac, override, notes);
                items.add(line);
                onLine.accept(line);
            }

            private String serial(RawRow row, SourceRef ref) {
                String serial = text(row, Field.SERIAL);
                if (serial == null || (mayBePlaceholder(serial) && BLANK_SERIALS.contains(Field.normalise(serial)))) {
                    return null;
                }
                SourceRef first = serials.register(serial, ref);
                if (first != null) {
                    log.error(at(row, Field.SERIAL, "Serial '" + serial + "' appears twice: it is also on row "
                            + first.row() + (first.sheet() == null ? "" : " of sheet " + first.sheet())
                            + " in " + first.file() + ". Each unit's serial must be unique."));
                }
                return serial;
            }

            private void readSite(RawRow row, String siteId) {
                String key = SiteDraft.key(siteId);
                SiteDraft existing = sites.get(key);
                if (existing != null && existing.fromSitesSheet) {
                    log.error(at(row, Field.SITE_ID, "Site ID '" + siteId + "' is listed twice: also on row "
                            + existing.source.row() + (existing.source.sheet() == null ? "" : " of sheet "
                            + existing.source.sheet()) + " in " + existing.source.file() + "."));
                    return;
                }
                fillSite(row, siteId, true);
            }

            /** Records the site columns of a row; answers the site id as first written. */
            private String fillSite(RawRow row, String siteId, boolean sitesSheet) {
                String key = SiteDraft.key(siteId);
                SiteDraft draft = sites.get(key);
                if (draft == null || (sitesSheet && !draft.fromSitesSheet)) {
                    SiteDraft fresh = new SiteDraft(siteId, new SourceRef(file, sheet, row.number()), sitesSheet);
                    if (draft != null) {
                        sites.remove(key);
                    }
                    sites.put(key, fresh);
                    draft = fresh;
                }
                SiteDraft site = draft;
                site.describedBySiteColumns |= !sitesSheet;
                String name = text(row, Field.SITE_NAME);
                site.siteName = merge(row, Field.SITE_NAME, site.siteName, name);
                layout.cell(row, Field.LATITUDE).map(c -> value(row, Field.LATITUDE, CellValues.coordinate(c, "Latitude", 90)))
                        .ifPresent(v -> site.latitude = merge(row, Field.LATITUDE, site.latitude, v));
                layout.cell(row, Field.LONGITUDE).map(c -> value(row, Field.LONGITUDE, CellValues.coordinate(c, "Longitude", 180)))
                        .ifPresent(v -> {
                            site.longitude = merge(row, Field.LONGITUDE, site.longitude, v);
                            if (v > 0 && sitesSheet) {
                                log.warning(at(row, Field.LONGITUDE, "Longitude " + v + " is east of Greenwich; sites in"
                                        + " the United States have negative (west) longitudes. Did you mean -" + v + "?"));
                            }
                        });
                site.state = merge(row, Field.STATE, site.state, text(row, Field.STATE));
                site.siteType = merge(row, Field.SITE_TYPE, site.siteType, text(row, Field.SITE_TYPE));
                layout.cell(row, Field.CRITICAL).map(c -> value(row, Field.CRITICAL, CellValues.flag(c, "Critical")))
                        .ifPresent(v -> site.critical = merge(row, Field.CRITICAL, site.critical, v));
                layout.cell(row, Field.SUBSCRIBERS).map(c -> value(row, Field.SUBSCRIBERS,
                                CellValues.wholeNumber(c, "Subscribers", 0, "a whole number of at least 0")))
                        .ifPresent(v -> site.subscribers = merge(row, Field.SUBSCRIBERS, site.subscribers, v));
                layout.cell(row, Field.DEPENDS_ON).ifPresent(c -> {
                    List<String> ids = CellValues.idList(c);
                    if (site.dependsOn.isEmpty()) {
                        site.dependsOn = ids;
                        site.dependsOnCell = at(row, Field.DEPENDS_ON, "");
                    }
                });
                layout.cell(row, Field.ACCESS_MONTHS).map(c -> value(row, Field.ACCESS_MONTHS,
                                CellValues.months(c, "Access Months")))
                        .ifPresent(v -> site.accessMonths = v);
                layout.cell(row, Field.EARLIEST_START).map(c -> value(row, Field.EARLIEST_START,
                                CellValues.date(c, "Earliest Start", date1904)))
                        .ifPresent(v -> site.earliestStart = merge(row, Field.EARLIEST_START, site.earliestStart, v));
                return site.siteId;
            }

            /** Keeps the first value of a site attribute; a different later value is a warning. */
            private <T> T merge(RawRow row, Field field, T current, T next) {
                if (next == null) {
                    return current;
                }
                if (current != null && !current.equals(next)) {
                    log.warning(at(row, field, field.header() + " '" + next + "' differs from '" + current
                            + "' given earlier for the same site; the earlier value is used."));
                    return current;
                }
                return next;
            }

            private String knownSiteId(String siteId, SourceRef ref) {
                if (siteId.equals(lastSiteId)) {
                    return lastCanonicalSiteId;
                }
                String key = SiteDraft.key(siteId);
                SiteDraft draft = sites.get(key);
                if (draft == null) {
                    draft = new SiteDraft(siteId, ref, false);
                    sites.put(key, draft);
                }
                lastSiteId = siteId;
                lastCanonicalSiteId = draft.siteId;
                return draft.siteId;
            }

            private boolean isTotalsRow(RawRow row) {
                int checked = 0;
                for (int column = 0; column < row.width() && checked < 3; column++) {
                    String text = row.text(column);
                    if (!text.isEmpty()) {
                        checked++;
                        if (text.length() > 14 || "tTsSgG".indexOf(text.charAt(0)) < 0 || !(startsWithIgnoringCase(text, "total")
                                || startsWithIgnoringCase(text, "sum") || startsWithIgnoringCase(text, "sub")
                                || startsWithIgnoringCase(text, "grand"))) {
                            continue;
                        }
                        String word = Field.normalise(text);
                        if (TOTAL_WORDS.contains(word) || (word.startsWith("total") && word.length() <= 12
                                && !word.chars().anyMatch(Character::isDigit))) {
                            return true;
                        }
                    }
                }
                return false;
            }

            /**
             * One copy of a text that many lines repeat (vendors, models, categories, descriptions), so a large
             * inventory holds each once rather than once per line.
             */
            private String shared(String text) {
                if (text == null) {
                    return null;
                }
                String known = repeated.putIfAbsent(text, text);
                if (known == null && repeated.size() > MAX_SHARED_TEXTS) {
                    repeated.clear();
                }
                return known == null ? text : known;
            }

            private String text(RawRow row, Field field) {
                RawCell cell = layout.at(row, field);
                if (cell == null) {
                    return null;
                }
                String text = cell.value().strip();
                return text.isEmpty() ? null : text;
            }

            private <T> T value(RawRow row, Field field, Parsed<T> parsed) {
                if (parsed instanceof Parsed.Invalid<T> invalid) {
                    log.error(at(row, field, invalid.message()));
                    return null;
                }
                return ((Parsed.Value<T>) parsed).value();
            }

            private Problem at(RawRow row, Field field, String message) {
                if (field == null || !layout.has(field)) {
                    return new Problem(file, sheet, row.number(), null, null, message);
                }
                return new Problem(file, sheet, row.number(), layout.letter(field), layout.headerText(field), message);
            }
        }

        /** Links between records: every line's site exists, every dependency exists, no dependency cycle. */
        private void checkLinks() {
            if (sitesSheetSeen) {
                for (EquipmentLine item : items) {
                    SiteDraft site = sites.get(SiteDraft.key(item.siteId()));
                    if (site != null && !site.fromSitesSheet && !site.describedBySiteColumns
                            && site.source.equals(item.source())) {
                        log.error(new Problem(item.source().file(), item.source().sheet(), item.source().row(), null,
                                "Site ID", "Site '" + item.siteId() + "' is not on the Sites sheet; add it there or"
                                + " correct the Site ID."));
                    }
                }
            }
            for (SiteDraft site : sites.values()) {
                for (String dependency : site.dependsOn) {
                    String problem = null;
                    if (SiteDraft.key(dependency).equals(SiteDraft.key(site.siteId))) {
                        problem = "Site '" + site.siteId + "' cannot depend on itself.";
                    } else if (!sites.containsKey(SiteDraft.key(dependency))) {
                        problem = "Depends On names site '" + dependency + "', which is not in the inventory.";
                    }
                    if (problem != null) {
                        Problem cell = site.dependsOnCell;
                        log.error(new Problem(cell.file(), cell.sheet(), cell.row(), cell.column(), cell.columnName(),
                                problem));
                    }
                }
            }
            if (!log.hasErrors()) {
                new DependencyCycles(sites).find().ifPresent(cycle -> {
                    SiteDraft first = sites.get(SiteDraft.key(cycle.get(0)));
                    Problem cell = first.dependsOnCell;
                    log.error(new Problem(cell.file(), cell.sheet(), cell.row(), cell.column(), cell.columnName(),
                            "Sites depend on each other in a circle (" + String.join(" → ", cycle) + " → " + cycle.get(0)
                                    + "), so none of them could ever start."));
                });
            }
            for (SiteDraft site : sites.values()) {
                site.dependsOn = site.dependsOn.stream().map(id -> sites.get(SiteDraft.key(id)))
                        .filter(java.util.Objects::nonNull).map(d -> d.siteId).toList();
            }
        }
    }

    /** A reader's problem as the inventory's: the same place and message. */
    private static Problem problem(ReadProblem read) {
        return new Problem(read.file(), read.sheet(), read.row(), read.column(), null, read.message());
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Cheap pre-test for "N/A", "unknown", "TBD", "-": a short text starting with one of their letters or a sign. */
    private static boolean mayBePlaceholder(String serial) {
        char first = serial.charAt(0);
        return serial.length() <= 14 && ("nNuUtT".indexOf(first) >= 0 || !Character.isLetterOrDigit(first));
    }

    private static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
