package com.ripreplace.inventory;

import java.util.Objects;

/** The outcome of reading one cell as a typed value: a value (possibly none), or why it cannot be one. */
public sealed interface Parsed<T> {

    record Value<T>(T value) implements Parsed<T> {
    }

    record Invalid<T>(String message) implements Parsed<T> {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }

    static <T> Parsed<T> of(T value) {
        return new Value<>(value);
    }

    static <T> Parsed<T> empty() {
        return new Value<>(null);
    }

    static <T> Parsed<T> invalid(String message) {
        return new Invalid<>(message);
    }
}
