package com.ripreplace.covered;

import java.util.ArrayList;
import java.util.List;

/** Precision and recall of "covered", entity and reimbursable accuracy of a matcher over a labelled file. */
final class QualityReport {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;
    private int entityRight;
    private int reimbursableRight;
    private int lines;
    private int needsReview;
    private final List<String> misses = new ArrayList<>();

    static QualityReport of(List<LabelledGear> labelled, CoveredGearMatcher matcher) {
        QualityReport report = new QualityReport();
        labelled.forEach(l -> report.add(l, matcher.assess(l.line())));
        return report;
    }

    private void add(LabelledGear l, Finding f) {
        lines++;
        if (f.needsReview()) {
            needsReview++;
        }
        if (f.covered() && l.expectedCovered()) {
            truePositives++;
        } else if (f.covered()) {
            falsePositives++;
            miss("false positive", l, f);
        } else if (l.expectedCovered()) {
            falseNegatives++;
            miss("false negative", l, f);
        } else {
            trueNegatives++;
        }
        if (l.expectedCovered() && f.covered()) {
            if (l.expectedEntity().equals(f.entity())) {
                entityRight++;
            } else {
                miss("wrong entity (expected " + l.expectedEntity() + ")", l, f);
            }
        }
        if (l.expectedReimbursable() == f.reimbursable()) {
            reimbursableRight++;
        } else {
            miss("reimbursable should be " + (l.expectedReimbursable() ? "Y" : "N"), l, f);
        }
    }

    private void miss(String what, LabelledGear l, Finding f) {
        misses.add(String.format("  row %d %s [%s | %s | %s | %s | %s]: %s -> covered=%s entity=%s reimbursable=%s: %s",
                l.row(), what, l.line().vendor(), l.line().model(), l.line().description(), l.line().mac(),
                l.line().purchaseDate(), what, f.covered(), f.entity(), f.reimbursable(), f.reason()));
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double entityAccuracy() {
        return truePositives == 0 ? 1.0 : (double) entityRight / truePositives;
    }

    double reimbursableAccuracy() {
        return lines == 0 ? 1.0 : (double) reimbursableRight / lines;
    }

    List<String> misses() {
        return List.copyOf(misses);
    }

    String summary(String name) {
        return String.format("%s: %d lines (%d covered, %d not), covered precision %.3f, recall %.3f, entity accuracy %.3f,"
                        + " reimbursable accuracy %.3f, %d sent to review (TP %d, FP %d, FN %d, TN %d)%n%s",
                name, lines, truePositives + falseNegatives, falsePositives + trueNegatives, precision(), recall(),
                entityAccuracy(), reimbursableAccuracy(), needsReview, truePositives, falsePositives, falseNegatives,
                trueNegatives, misses.isEmpty() ? "  no misses" : String.join(System.lineSeparator(), misses));
    }
}
