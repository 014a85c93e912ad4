package com.ripreplace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service run as a person runs it ({@code serve --port P --data-dir D}) in a process of its own, with the
 * test's class path, so the test can stop it as an operator does: SIGTERM ({@link Process#destroy()}).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;
    final int port;

    private ServiceProcess(Process process, Path out, Path err, int port) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.port = port;
    }

    static ServiceProcess start(int port, Path dataDir, String... jvmOptions) throws IOException {
        Path logs = Files.createTempDirectory("i15-serve-");
        Path out = logs.resolve("out.txt");
        Path err = logs.resolve("err.txt");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.ripreplace.Application", "serve",
                "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ServiceProcess(process, out, err, port);
    }

    /**
     * Runs {@code users ARGS --data-dir D} as a person would, the password given as one line on standard input;
     * answers the exit code followed by what it printed.
     */
    public static String users(Path dataDir, String password, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "com.ripreplace.Application", "users"));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (password != null) {
            process.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "timeout\n" + output;
        }
        return process.exitValue() + "\n" + output;
    }

    /** Waits until the service says it is serving; false when it ended first or took too long. */
    boolean awaitServing(Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (out().contains("is serving on")) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Sends SIGTERM and answers how long the process took to end, or null when it had not ended within the limit. */
    Duration stop(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        return ended ? Duration.ofNanos(System.nanoTime() - start) : null;
    }

    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the service did not end within " + limit + "; stderr: " + safely(err));
        }
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    private static String safely(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A port from 18100-18199 that nothing listens on now. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 18100 + (int) (Math.random() * 100);
            try (ServerSocket probe = new ServerSocket(port)) {
                return port;
            } catch (IOException busy) {
                // try another
            }
        }
        throw new IOException("no free port in 18100-18199");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static void drain(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }
}
