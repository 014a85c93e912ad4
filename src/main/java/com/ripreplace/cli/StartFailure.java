package com.ripreplace.cli;

import io.micronaut.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why the service could not start, in one sentence a person can act on, instead of the framework's
 * stack traces (which are kept for {@code -Dripreplace.trace=true}).
 */
final class StartFailure {

    private StartFailure() {
    }

    /**
     * Runs the start with standard error held back: printed once the start succeeds, dropped when it fails
     * (the caller prints one sentence instead), unless {@code -Dripreplace.trace=true}.
     */
    static void quietWhileStarting(Runnable start) {
        PrintStream original = System.err;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        boolean started = false;
        System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
        try {
            start.run();
            started = true;
        } finally {
            System.setErr(original);
            if (started || Boolean.getBoolean("ripreplace.trace")) {
                original.print(held.toString(StandardCharsets.UTF_8));
            }
        }
    }

    static String sentence(Throwable failure, int port, Path dataDir) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "Port " + port + " is already in use: stop the program using it, or start with another --port.";
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("already in use") && message.contains("database")
                    || message.contains("locked by another process")) {
                return dataDirInUse(dataDir);
            }
            if (message.contains("address already in use")) {
                return "Port " + port + " is already in use: stop the program using it, or start with another --port.";
            }
            if (t instanceof java.nio.file.AccessDeniedException || message.contains("permission denied")) {
                return "The data directory " + dataDir + " cannot be written: give this user write access,"
                        + " or start with another --data-dir.";
            }
        }
        return "The service could not start (" + rootOf(failure) + "); rerun with -Dripreplace.trace=true for details.";
    }

    /** Why the service did not stop cleanly, in one sentence (the plans it was solving are marked at the next start). */
    static String stopSentence(Throwable failure) {
        return "The service did not stop cleanly (" + rootOf(failure) + "); plans it was solving are marked INTERRUPTED when it"
                + " next starts.";
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    static String dataDirInUse(Path dataDir) {
        return "The data directory " + dataDir + " is in use by another running planner: stop that one,"
                + " or start with another --data-dir.";
    }

    static void closeQuietly(ApplicationContext context) {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } catch (RuntimeException ignored) {
            // the start already failed; the sentence printed says why
        }
    }
}
