package com.ripreplace.covered;

public record Finding(boolean covered, String entity, double confidence, boolean needsReview, String reason, boolean reimbursable, boolean overridden) {}
