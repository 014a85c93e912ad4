package com.ripreplace.cli;

import sun.misc.Signal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the service's stop on SIGTERM, SIGINT (Ctrl+C) or SIGHUP (the terminal closed) before the JVM begins shutting
 * down.
 *
 * <p>Left to the JVM, those signals start every shutdown hook at once, H2's among them: H2 (in the mixed mode that
 * lets {@code users} work beside {@code serve}, where it cannot be told not to) closed the database while the
 * service was still marking its open plans INTERRUPTED, and the pool wrote a warning per connection. Handled here,
 * the service stops first, its last connection closes the database, and the program then exits as usual. A second
 * signal while it stops ends the program at once (H2's files survive that, as they survive a power cut).
 */
final class StopSignals {

    private static final String[] SIGNALS = {"TERM", "INT", "HUP"};

    private StopSignals() {
    }

    /**
     * Handles the signals with {@code stop}, run once on its own thread; where the JVM does not let a program handle
     * them (-Xrs), its shutdown hook stays the way out.
     */
    static void handle(Runnable stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (stopping.compareAndSet(false, true)) {
                        Thread stopper = new Thread(stop, "planner-stop-on-signal");
                        stopper.start();
                    } else {
                        System.err.println("Stopping at once: a second signal came while the service was stopping.");
                        Runtime.getRuntime().halt(128 + signal.getNumber());
                    }
                });
            } catch (IllegalArgumentException notHandled) {
                // -Xrs, or a platform without this signal: the shutdown hook still stops the service.
            }
        }
    }
}
