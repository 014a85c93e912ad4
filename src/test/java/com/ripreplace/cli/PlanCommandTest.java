package com.ripreplace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    void plansOnlyTheGearToReplaceAndTheWorkbookSaysWhichCoveredListItReflects() throws IOException {
        Path inventory = dir.resolve("cpe.csv");
        Files.writeString(inventory, """
                Site ID,Vendor,Model,Serial,Category,Quantity,Purchase Date,Override
                S1,Huawei,BBU3900,H1,Baseband,1,2019-06-30,
                S2,TP-Link,Archer AX55,T1,Router,40,,
                S3,Netgear,MR6150,N1,Hotspot,5,,replace: crew hotspots swapped for trusted ones
                """);
        Path out = dir.resolve("plan.xlsx");
        CommandLineRun run = CommandLineRun.of("plan", inventory.toString(), "--out", out.toString(), "--crews", "2",
                "--planning-start", "2027-01-01", "--deadline", "2027-12-31", "--lead-time-days", "0",
                "--starting-cash", "2000000", "--time-limit", "2s");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains("Planning 2 sites with covered gear to replace");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet summary = workbook.getSheet("Summary");
            Row asOf = null;
            for (Row row : summary) {
                if (row.getCell(0) != null && "Covered List As Of".equals(row.getCell(0).getStringCellValue())) {
                    asOf = row;
                }
            }
            assertThat(asOf).as("a Summary row 'Covered List As Of'").isNotNull();
            assertThat(asOf.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(new DataFormatter().formatCellValue(asOf.getCell(2))).contains("latest listing reflected: 23 March 2026");

            Sheet equipment = workbook.getSheet("Equipment");
            int replace = equipment.getRow(0).getLastCellNum() - 1;
            assertThat(equipment.getRow(0).getCell(replace).getStringCellValue()).isEqualTo("Replace");
            assertThat(equipment.getRow(1).getCell(replace).getStringCellValue()).as("Huawei").isEqualTo("Yes");
            assertThat(equipment.getRow(2).getCell(replace).getStringCellValue()).as("TP-Link").isEqualTo("No");
            assertThat(equipment.getRow(2).getCell(11).getStringCellValue()).as("TP-Link covered").isEqualTo("Yes");
            assertThat(equipment.getRow(3).getCell(replace).getStringCellValue()).as("Netgear, replace").isEqualTo("Yes");
            List<String> scheduled = new ArrayList<>();
            Sheet schedule = workbook.getSheet("Schedule");
            for (Row row : schedule) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    scheduled.add(new DataFormatter().formatCellValue(row.getCell(0)));
                }
            }
            assertThat(scheduled).contains("S1", "S3").doesNotContain("S2");
        }
    }

    @Test
    void refusesATimeLimitItCannotRead() throws IOException {
        CommandLineRun run = CommandLineRun.of("plan", towers(2).toString(), "--out", dir.resolve("p.xlsx").toString(),
                "--time-limit", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a duration such as 30s, 2m or 1h; found 'soon'");
    }
}
