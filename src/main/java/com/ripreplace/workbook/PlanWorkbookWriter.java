package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;

import java.io.IOException;
import java.nio.file.Path;

/** Placeholder until the workbook writer lands. */
public final class PlanWorkbookWriter {
    public void write(PlanOutcome plan, Path out) throws IOException {
        java.nio.file.Files.writeString(out, "placeholder");
    }
}
