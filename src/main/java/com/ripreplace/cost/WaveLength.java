package com.ripreplace.cost;

/** How long one wave of work is. */
public enum WaveLength {
    MONTH(1), QUARTER(3);

    private final int months;

    WaveLength(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public static WaveLength of(String text) {
        return text != null && text.strip().toLowerCase(java.util.Locale.ROOT).startsWith("quarter") ? QUARTER : MONTH;
    }
}
