package com.ripreplace.covered;

import java.util.Optional;

public record Override(Decision decision, String reason) {
    public enum Decision { CONFIRM_COVERED, DISMISS }

    public static Optional<Override> parse(String cellText) {
        if (cellText == null || cellText.isBlank()) {
            return Optional.empty();
        }
        String t = cellText.strip().toLowerCase();
        if (t.startsWith("not covered") || t.startsWith("dismiss")) {
            return Optional.of(new Override(Decision.DISMISS, cellText.strip()));
        }
        if (t.startsWith("covered") || t.startsWith("confirm")) {
            return Optional.of(new Override(Decision.CONFIRM_COVERED, cellText.strip()));
        }
        throw new IllegalArgumentException("Override must start with 'covered' or 'not covered'; found '" + cellText + "'");
    }
}
