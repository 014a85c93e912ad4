package com.ripreplace.cli;

import sun.misc.Signal;

/**
 * Runs the service's stop on SIGTERM or SIGINT (Ctrl+C) before the JVM begins shutting down.
 *
 * <p>Left to the JVM, those signals start every shutdown hook at once, H2's among them: H2 (in the mixed mode that
 * lets {@code users} work beside {@code serve}, where it cannot be told not to) closed the database while the
 * service was still marking its open plans INTERRUPTED, and the pool wrote a warning per connection. Handled here,
 * the service stops first, its last connection closes the database, and the program then exits as usual.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Handles TERM and INT with {@code stop}; where the JVM does not let a program handle them, its shutdown hook stays the way out. */
    static void onTermOrInt(Runnable stop) {
        for (String name : new String[]{"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException notHandled) {
                // -Xrs, or a platform without this signal: the shutdown hook still stops the service.
            }
        }
    }
}
