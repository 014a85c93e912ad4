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
    private int withMore;
    private int categoryRight;
    private int reviewRight;
    private int reasonRight;
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
        l.more().ifPresent(more -> {
            withMore++;
            if (more.category().equals(f.coveredCategory() == null ? "" : f.coveredCategory())) {
                categoryRight++;
            } else {
                miss("category should be '" + more.category() + "'", l, f);
            }
            if (more.review() == f.needsReview()) {
                reviewRight++;
            } else {
                miss("needs review should be " + (more.review() ? "Y" : "N"), l, f);
            }
            if (f.reason().toLowerCase(java.util.Locale.ROOT).contains(more.reasonHolds().toLowerCase(java.util.Locale.ROOT))) {
                reasonRight++;
            } else {
                miss("reason should say '" + more.reasonHolds() + "'", l, f);
            }
        });
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

    /** Of the lines with the further Expected columns: the category entry found right. */
    double categoryAccuracy() {
        return withMore == 0 ? 1.0 : (double) categoryRight / withMore;
    }

    double reviewAccuracy() {
        return withMore == 0 ? 1.0 : (double) reviewRight / withMore;
    }

    double reasonAccuracy() {
        return withMore == 0 ? 1.0 : (double) reasonRight / withMore;
    }

    List<String> misses() {
        return List.copyOf(misses);
    }

    String summary(String name) {
        return String.format("%s: %d lines (%d covered, %d not), covered precision %.3f, recall %.3f, entity accuracy %.3f,"
                        + " reimbursable accuracy %.3f, %d sent to review (TP %d, FP %d, FN %d, TN %d)%s%n%s",
                name, lines, truePositives + falseNegatives, falsePositives + trueNegatives, precision(), recall(),
                entityAccuracy(), reimbursableAccuracy(), needsReview, truePositives, falsePositives, falseNegatives,
                trueNegatives, withMore == 0 ? "" : String.format(java.util.Locale.ROOT,
                        "; category accuracy %.3f, review accuracy %.3f, reason accuracy %.3f", categoryAccuracy(),
                        reviewAccuracy(), reasonAccuracy()), misses.isEmpty() ? "  no misses" : String.join(System.lineSeparator(), misses));
    }
}
