package com.ripreplace.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detection issue's acceptance, measured as a reviewer would: {@code check --format json} on a
 * labelled inventory, each reported line compared with its label by row. The reviewer set was
 * written by someone other than the matcher's author, after the matcher was finished.
 */
class CheckQualityTest {

    @ParameterizedTest
    @ValueSource(strings = {"labelled-gear.csv", "holdout-gear.csv", "reviewer-gear.csv", "consumer-router-gear.csv"})
    void findsCoveredGearAndReimbursableLinesThroughTheCommandLine(String name) throws IOException {
        Path file = Path.of("src/test/resources/covered", name);
        CommandLineRun run = CommandLineRun.of("check", "--format", "json", file.toString());
        assertThat(run.exitCode()).isZero();
        List<Map<String, Object>> items = CheckCommandTest.Json.list(CheckCommandTest.Json.parse(run.out()).get("items"));
        Map<Integer, CSVRecord> labels = labels(file);
        assertThat(items).hasSize(labels.size());

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int reimbursableRight = 0;
        for (Map<String, Object> item : items) {
            CSVRecord label = labels.get((Integer) item.get("row"));
            boolean expected = yes(label.get("Expected Covered"));
            boolean covered = (Boolean) item.get("covered");
            truePositives += expected && covered ? 1 : 0;
            falsePositives += !expected && covered ? 1 : 0;
            falseNegatives += expected && !covered ? 1 : 0;
            reimbursableRight += yes(label.get("Expected Reimbursable")) == (Boolean) item.get("reimbursable") ? 1 : 0;
            if (covered) {
                assertThat((String) item.get("reason")).as("reason of row %s", item.get("row")).isNotBlank();
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        double accuracy = reimbursableRight / (double) items.size();
        System.out.printf(Locale.ROOT, "%s via check --format json: %d lines, covered precision %.3f, recall %.3f,"
                + " reimbursable accuracy %.3f%n", name, items.size(), precision, recall, accuracy);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean yes(String text) {
        return text.strip().equalsIgnoreCase("Y");
    }

    private static Map<Integer, CSVRecord> labels(Path file) throws IOException {
        Map<Integer, CSVRecord> byRow = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                byRow.put(Math.toIntExact(record.getRecordNumber()) + 1, record);
            }
        }
        return byRow;
    }
}
