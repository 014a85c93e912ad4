package com.ripreplace.workbook;

import com.ripreplace.covered.CoveredListEdition;
import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a plan as the plan workbook (docs/contracts.md, docs/workbook.md): sheets {@code Summary},
 * {@code Schedule}, {@code Waves}, {@code Cost Plan}, {@code Reimbursement}, {@code Equipment}, {@code Gantt}
 * and {@code Import Notes}, one class each. Dates are real Excel dates, money real numbers with a currency
 * format, totals live formulas; text from an input is always a string cell, never a formula.
 *
 * <p>The workbook is streamed (SXSSF): only a window of rows is held in memory, so a plan of 10,000 sites
 * writes in bounded memory. A streamed workbook stores no computed values for its formulas, so it asks
 * Excel to recalculate everything when it opens. The file appears whole or not at all: it is written
 * beside the target under a temporary name and moved into place.
 *
 * <p>Styles come from a plan template ({@link PlanTemplate}) when there is one, else the built-in ones.
 */
public final class PlanWorkbookWriter {

    /** Rows held in memory per sheet before they are flushed to disk. */
    private static final int ROW_WINDOW = 100;

    /** Empty: the template in force ({@link PlanTemplate#inForce()}), looked up at each write. */
    private final Optional<StyleBook> book;
    /** Which Covered List the plan's findings reflect, shown on the Summary sheet; empty when not given. */
    private final Optional<CoveredListEdition> coveredList;

    /**
     * A writer styled by the template the system property {@value PlanTemplate#PROPERTY} names, else
     * {@code templates/plan-template.xlsx} under the working directory when present, else the built-in styles.
     */
    public PlanWorkbookWriter() {
        this(Optional.empty(), Optional.empty());
    }

    private PlanWorkbookWriter(StyleBook book) {
        this(Optional.of(book), Optional.empty());
    }

    private PlanWorkbookWriter(Optional<StyleBook> book, Optional<CoveredListEdition> coveredList) {
        this.book = book;
        this.coveredList = coveredList;
    }

    /** The same writer, saying on the Summary sheet which Covered List the findings reflect. */
    public PlanWorkbookWriter reflecting(CoveredListEdition edition) {
        return new PlanWorkbookWriter(book, Optional.of(edition));
    }

    /** A writer styled by this template (see {@link PlanTemplate} for its convention). */
    public static PlanWorkbookWriter withTemplate(Path template) throws IOException {
        return new PlanWorkbookWriter(PlanTemplate.read(template));
    }

    /** A writer with the built-in styles, whatever templates lie about. */
    public static PlanWorkbookWriter withBuiltInStyles() {
        return new PlanWorkbookWriter(StyleBook.builtIn());
    }

    /** Writes the plan to {@code out}, replacing any file there only once the new one is complete. */
    public void write(PlanOutcome plan, Path out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Path target = out.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(plan, stream);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the workbook to a stream, which stays open. Closing the streamed workbook also deletes its
     * temporary row files: in POI 5.5 {@code close()} calls {@code dispose()}, which is deprecated on its own.
     */
    void write(PlanOutcome plan, OutputStream stream) throws IOException {
        StyleBook styleBook = book.isPresent() ? book.get() : PlanTemplate.inForce();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook, styleBook);
            SummarySheet.SettingCells settings = new SummarySheet(workbook.createSheet(SummarySheet.NAME), styles, coveredList)
                    .write(plan, ScheduleSheet.table(plan), WavesSheet.table(plan));
            new ScheduleSheet(workbook.createSheet(ScheduleSheet.NAME), styles).write(plan);
            new WavesSheet(workbook.createSheet(WavesSheet.NAME), styles).write(plan, settings);
            new CostPlanSheet(workbook.createSheet(CostPlanSheet.NAME), styles).write(plan);
            new ReimbursementSheet(workbook.createSheet(ReimbursementSheet.NAME), styles).write(plan, settings);
            new EquipmentSheet(workbook.createSheet(EquipmentSheet.NAME), styles).write(plan);
            new GanttSheet(workbook.createSheet(GanttSheet.NAME), styles).write(plan);
            new ImportNotesSheet(workbook.createSheet(ImportNotesSheet.NAME), styles).write(plan);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(stream);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
