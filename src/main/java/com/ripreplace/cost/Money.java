package com.ripreplace.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of US dollars, always held to the cent. Rounding happens in one place only: when a
 * share or a percentage is taken ({@link #times(BigDecimal)}), half to even (banker's rounding), so a
 * column of figures adds up to its total exactly.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money is held to the cent; " + amount + " has fractions of a cent");
        }
        amount = amount.setScale(2, ROUNDING);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    /** An amount that may carry fractions of a cent (a carrier's own figure), rounded to the cent. */
    public static Money rounded(BigDecimal amount) {
        return new Money(amount.setScale(2, ROUNDING));
    }

    /** An amount given in whole cents. */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** This amount in whole cents. */
    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int count) {
        return new Money(amount.multiply(BigDecimal.valueOf(count)));
    }

    /** This amount times a factor (a share, a percentage as a fraction), rounded to the cent. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, ROUNDING));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return (isNegative() ? "-$" : "$") + String.format(java.util.Locale.US, "%,.2f", amount.abs());
    }
}
