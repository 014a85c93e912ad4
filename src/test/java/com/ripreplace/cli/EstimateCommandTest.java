package com.ripreplace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EstimateCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheCostSplitAndTheCashAsAFinanceReaderChecksIt() throws IOException {
        Path file = Files.writeString(dir.resolve("one.csv"), """
                Site ID,Site Type,Vendor,Model,Serial,Category,Quantity,Purchase Date
                S1,Tower,Huawei,RRU3908,H1,Radio Unit,2,2019-06-30
                S1,Tower,ZTE,ZXMW NR8250,Z1,Microwave,1,2021-02-01
                """, StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("estimate", file.toString(), "--funding-factor", "39.5%",
                "--planning-start", "2027-01-01", "--reimbursement-lag-days", "45", "--starting-cash", "50000");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Total cost                   $110,220.00")
                .contains("Eligible cost                 $62,690.19")
                .contains("Reimbursable                  $24,762.63")
                .contains("Carrier-paid                  $85,457.37")
                .contains("Funding Factor from command line")
                .contains("1     2027-01-01     1      $110,220.00       $24,762.63            $0.00      -$60,220.00")
                .contains("3     2027-03-01     0            $0.00            $0.00       $24,762.63      -$35,457.37")
                .contains("Cash runs short: the balance reaches -$60,220.00 in wave 1 (2027-01-01)");
    }

    @Test
    void refusesASettingItCannotUse() throws IOException {
        Path file = Files.writeString(dir.resolve("one.csv"), "Site ID,Vendor,Model\nS1,Huawei,RRU3908\n");
        CommandLineRun run = CommandLineRun.of("estimate", file.toString(), "--funding-factor", "140%");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--funding-factor must lie above 0 and at most 1 (or 100%); found '140%'");
    }
}
