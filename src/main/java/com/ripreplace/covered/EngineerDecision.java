package com.ripreplace.covered;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An engineer's decision about a finding, usually read from an inventory "Override" cell (the column and the API
 * keep that word; the type is named for what it holds).
 */
public record EngineerDecision(Decision decision, String reason) {

    /** What the engineer decided. */
    public enum Decision {
        CONFIRM_COVERED,
        DISMISS,
        /** Covered and to be replaced: for gear a category entry covers, which is otherwise left in service. */
        REPLACE
    }

    private static final Pattern CELL = Pattern.compile(
            "^\\s*(not[\\s_-]*covered|dismiss(?:ed)?|covered|confirm(?:ed)?(?:[\\s_-]+covered)?|replace)"
                    + "(?=$|[\\s:;,.\\-\\u2013\\u2014])[\\s:;,.\\-\\u2013\\u2014]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final int LONGEST_ECHO = 60;

    public EngineerDecision {
        if (decision == null) {
            throw new IllegalArgumentException("an override needs a decision (CONFIRM_COVERED or DISMISS)");
        }
        reason = reason == null ? "" : reason.strip();
    }

    /**
     * Reads an inventory "Override" cell such as "covered: Quidway is Huawei", "confirm",
     * "not covered - H3C lookalike", "dismiss: third-party optic" or "replace: swapping subscriber CPE".
     *
     * @return empty for a blank cell
     * @throws IllegalArgumentException with a message a field engineer understands when the cell is not readable
     */
    public static Optional<EngineerDecision> parse(String cellText) {
        if (cellText == null || cellText.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CELL.matcher(cellText);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Override must start with 'covered' or 'not covered' (or confirm/dismiss/replace); found '"
                            + echo(cellText) + "'");
        }
        String keyword = m.group(1).toLowerCase(Locale.ROOT);
        Decision decision = keyword.startsWith("not") || keyword.startsWith("dismiss") ? Decision.DISMISS
                : keyword.equals("replace") ? Decision.REPLACE : Decision.CONFIRM_COVERED;
        return Optional.of(new EngineerDecision(decision, m.group(2)));
    }

    /** The reason as the finding shows it: the engineer's words, or what was decided when no words were given. */
    public String reasonForFinding() {
        if (!reason.isEmpty()) {
            return reason;
        }
        return switch (decision) {
            case CONFIRM_COVERED -> "confirmed covered (no reason given)";
            case REPLACE -> "no reason given";
            case DISMISS -> "dismissed (no reason given)";
        };
    }

    private static String echo(String cellText) {
        String text = cellText.strip().replaceAll("\\s+", " ");
        return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "...";
    }
}
