package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a plan as the plan workbook (docs/contracts.md): sheets {@code Summary}, {@code Schedule} and
 * {@code Waves}, one class each. Dates are real Excel dates, money real numbers with a currency format,
 * totals live formulas; text from an input is always a string cell, never a formula.
 *
 * <p>The workbook is streamed (SXSSF): only a window of rows is held in memory, so a plan of 10,000 sites
 * writes in bounded memory. A streamed workbook stores no computed values for its formulas, so it asks
 * Excel to recalculate everything when it opens. The file appears whole or not at all: it is written
 * beside the target under a temporary name and moved into place.
 */
public final class PlanWorkbookWriter {

    /** Rows held in memory per sheet before they are flushed to disk. */
    private static final int ROW_WINDOW = 100;

    public PlanWorkbookWriter() {
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
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet summary = workbook.createSheet(SummarySheet.NAME);
            SXSSFSheet schedule = workbook.createSheet(ScheduleSheet.NAME);
            SXSSFSheet waves = workbook.createSheet(WavesSheet.NAME);
            SummarySheet.SettingCells settings = new SummarySheet(summary, styles)
                    .write(plan, ScheduleSheet.table(plan), WavesSheet.table(plan));
            new ScheduleSheet(schedule, styles).write(plan);
            new WavesSheet(waves, styles).write(plan, settings);
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
