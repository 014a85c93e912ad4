package com.ripreplace.workbook;

import com.ripreplace.planning.PlanOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The benchmark's made-up plan is a plan the workbook adds up, sheet by sheet, like a real one. */
class SyntheticPlanTest {

    @TempDir
    Path dir;

    @Test
    void aSyntheticPlanIsTheSameForTheSameSeedAndAddsUpOnEverySheet() throws IOException {
        SyntheticPlan shape = new SyntheticPlan(60, 10, 4, 7);
        PlanOutcome plan = shape.build();
        assertThat(plan.items()).hasSize(600);
        assertThat(plan.schedule()).hasSize(60);
        assertThat(shape.build().estimate().total()).isEqualTo(plan.estimate().total());

        Path out = dir.resolve("synthetic.xlsx");
        PlanWorkbookWriter.withBuiltInStyles().write(plan, out);
        double total = plan.estimate().total().amount().doubleValue();
        try (OpenedPlan workbook = OpenedPlan.open(out)) {
            assertThat(workbook.number("Cost Plan", 2 + plan.waves().size(),
                    workbook.column("Cost Plan", 1, "Total Spend"))).isCloseTo(total, within(0.01));
            assertThat(workbook.number("Equipment", workbook.row("Equipment",
                    "Estimate Total (lines of gear and per-site costs)"), 22)).isCloseTo(total, within(0.01));
            // the claims are the Schedule's Reimbursable Cost by wave (no allocation here, so the estimate's), not
            // the cash flow's own per-wave rounding of the eligible spend, which today differs by a few cents
            assertThat(workbook.number("Reimbursement", 1 + plan.waves().size(), 6))
                    .isCloseTo(plan.estimate().reimbursable().amount().doubleValue(), within(0.01));
            assertThat(workbook.evaluated(workbook.summaryValue("Total Cost")))
                    .isCloseTo(total, within(0.01));
        }
    }
}
