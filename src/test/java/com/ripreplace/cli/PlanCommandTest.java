package com.ripreplace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {

    @TempDir
    Path dir;

    private Path towers(int count) throws IOException {
        StringBuilder csv = new StringBuilder("Site ID,Site Type,Vendor,Model,Serial,Category,Quantity,Purchase Date\n");
        for (int i = 1; i <= count; i++) {
            csv.append(String.format("T-%03d,Tower,Huawei,RRU3908,SN-%03d,Radio Unit,1,2019-03-01%n", i, i));
        }
        return Files.writeString(dir.resolve("towers.csv"), csv.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void statesThePhysicalMinimumExtensionWhenTheDeadlineCannotBeMet() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        CommandLineRun run = CommandLineRun.of("plan", towers(60).toString(), "--out", out.toString(), "--crews", "1",
                "--sites-per-crew-per-wave", "2", "--planning-start", "2027-01-01", "--deadline", "2027-12-31",
                "--lead-time-days", "0", "--time-limit", "5s");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.exists(out)).isTrue();
        // 60 sites at 2 a month need 30 months: January 2027 to June 2029, 18 months past December 2027.
        assertThat(run.out()).contains("Sites: 60 in 30 months, 2027-01-01 to 2029-06-30")
                .contains("The deadline of 2027-12-31 cannot be met: the last site finishes 2029-06-30, 547 days"
                        + " (18 months) later. An extension of 18 months is needed.")
                .contains("Why: Crews: 60 sites at 1 crew × 2 sites per month need at least 30 months, finishing"
                        + " 2029-06-30 at the earliest; the deadline of 2027-12-31 allows 12.")
                .contains("Plan written to " + out);
        assertThat(run.err()).contains("best so far");
    }

    @Test
    void namesCashAsWhatBindsAndStatesBothTheExtensionAndTheBridgeFinancing() throws IOException {
        // A tower costs $46,695.00 (radio, installation, removal, disposal, mobilisation, climb, engineering and 10%).
        // With that much cash, one tower a month; on time needs two a month and one tower's cost of bridge financing.
        Path out = dir.resolve("plan.xlsx");
        CommandLineRun run = CommandLineRun.of("plan", towers(6).toString(), "--out", out.toString(), "--crews", "1",
                "--sites-per-crew-per-wave", "2", "--planning-start", "2027-01-01", "--deadline", "2027-03-31",
                "--lead-time-days", "0", "--funding-factor", "100%", "--reimbursement-lag-days", "1",
                "--starting-cash", "46695", "--time-limit", "2s");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out())
                .contains("Cash: The cash balance never falls below zero: its lowest is $0.00")
                .contains("Cash: Within the cash it has, the carrier finishes 2027-06-30. To finish on time, by"
                        + " 2027-03-31, it needs bridge financing of $46,695.00, reached at the end of month 1")
                .contains("An extension of 3 months is needed.")
                .contains("Why: What-if: Unlimited cash (today starting cash of $46,695.00, claims paid 1 day after each"
                        + " month): the last site would finish 2027-03-31, 3 months earlier than this plan, on time.")
                .containsPattern("Unlimited cash +2027-03-31 +yes");
    }

    @Test
    void plansOnTimeAndExitsZeroWhenEveryRuleHolds() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        CommandLineRun run = CommandLineRun.of("plan", towers(8).toString(), "--out", out.toString(), "--crews", "2",
                "--sites-per-crew-per-wave", "2", "--planning-start", "2027-01-01", "--deadline", "2027-12-31",
                "--lead-time-days", "0", "--starting-cash", "2000000", "--time-limit", "3s");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Sites: 8 in 2 months, 2027-01-01 to 2027-02-28")
                .contains("Every rule holds");
    }

    @Test
    void refusesATimeLimitItCannotRead() throws IOException {
        CommandLineRun run = CommandLineRun.of("plan", towers(2).toString(), "--out", dir.resolve("p.xlsx").toString(),
                "--time-limit", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a duration such as 30s, 2m or 1h; found 'soon'");
    }
}
