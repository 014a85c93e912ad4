package com.ripreplace.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the errors and warnings of a read, at most a set number per file so that a sheet that is
 * wrong on every one of 100,000 rows yields a readable list and a count rather than a flood.
 * Repetitive notes (a blank quantity on many rows) are counted and reported once.
 */
final class ProblemLog {

    private final int maxPerFile;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Integer> errorsByFile = new LinkedHashMap<>();
    private final Map<String, Integer> warningsByFile = new LinkedHashMap<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    ProblemLog(int maxPerFile) {
        this.maxPerFile = maxPerFile;
    }

    void error(Problem problem) {
        add(problem, errors, errorsByFile);
    }

    void warning(Problem problem) {
        add(problem, warnings, warningsByFile);
    }

    /** Counts one occurrence of a repetitive note; reported once per file and sheet with its count. */
    void tally(String file, String sheet, String column, String columnName, String what, int row) {
        tallies.computeIfAbsent(file + '\u0000' + sheet + '\u0000' + what,
                k -> new Tally(file, sheet, column, columnName, what, row)).count++;
    }

    boolean hasErrors() {
        return !errorsByFile.isEmpty();
    }

    List<Problem> errors() {
        return withOverflow(errors, errorsByFile, "error");
    }

    List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(warnings);
        for (Tally t : tallies.values()) {
            all.add(new Problem(t.file, t.sheet, t.firstRow, t.column, t.columnName,
                    t.what + " on " + t.count + (t.count == 1 ? " row" : " rows") + (t.count > 1
                            ? " (the first is row " + t.firstRow + ")" : "")));
        }
        return withOverflow(all, warningsByFile, "warning");
    }

    private void add(Problem problem, List<Problem> list, Map<String, Integer> counts) {
        int seen = counts.merge(problem.file(), 1, Integer::sum);
        if (seen <= maxPerFile) {
            list.add(problem);
        }
    }

    private List<Problem> withOverflow(List<Problem> list, Map<String, Integer> counts, String noun) {
        List<Problem> all = new ArrayList<>(list);
        counts.forEach((file, count) -> {
            if (count > maxPerFile) {
                all.add(Problem.ofFile(file, (count - maxPerFile) + " more " + noun + "s in this file are not listed;"
                        + " fix the ones above and check again."));
            }
        });
        return all;
    }

    private static final class Tally {
        final String file;
        final String sheet;
        final String column;
        final String columnName;
        final String what;
        final int firstRow;
        int count;

        Tally(String file, String sheet, String column, String columnName, String what, int firstRow) {
            this.file = file;
            this.sheet = sheet;
            this.column = column;
            this.columnName = columnName;
            this.what = what;
            this.firstRow = firstRow;
        }
    }
}
