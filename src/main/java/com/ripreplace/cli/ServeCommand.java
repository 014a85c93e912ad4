package com.ripreplace.cli;

import com.ripreplace.Application;
import com.ripreplace.access.Accounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code serve}: the web service on an embedded H2 file database, migrations applied at start.
 *
 * <p>The context is started here rather than through {@code Micronaut.run}, so there is exactly one way to stop it
 * (this command's): SIGTERM or Ctrl+C closes the context once (server, solves, database; see {@link StopSignals})
 * and the command returns; any other exit runs the same stop from a shutdown hook.
 * A start that fails (port taken, data directory in use) ends with exit 1 and one sentence saying what to do.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web service (HTTP API and pages) on an embedded database in the data directory.")
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data-dir", defaultValue = "./data", description = "Where the database file lives. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        Path data = dataDir.toAbsolutePath().normalize();
        ServeLock lock = ServeLock.take(data);
        if (lock == null) {
            System.err.println(StartFailure.dataDirInUse(data));
            return ExitCodes.INTERNAL_ERROR;
        }
        ApplicationContext context = ApplicationContext.builder(Application.class)
                .environments("serve")
                .properties(Map.of("micronaut.server.port", port, "ripreplace.data-dir", data.toString()))
                .banner(false)
                .build();
        try {
            StartFailure.quietWhileStarting(() -> {
                context.start();
                context.getBean(EmbeddedServer.class).start();
            });
        } catch (RuntimeException e) {
            System.err.println(StartFailure.sentence(e, port, data));
            StartFailure.closeQuietly(context);
            lock.release();
            return ExitCodes.INTERNAL_ERROR;
        }
        System.out.printf("Rip & Replace Planner is serving on http://localhost:%d (data in %s). Press Ctrl+C to stop.%n",
                port, data);
        if (!context.getBean(Accounts.class).any()) {
            System.out.printf("No one can sign in yet. Add the first person (the password is read from standard input):%n"
                    + "  java -jar rip-replace-planner.jar users add --data-dir %s --username NAME"
                    + " --role GRANT_ADMIN|ENGINEER|FINANCE [--carrier FRN]%n", data);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicBoolean stoppedCleanly = new AtomicBoolean(true);
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                try {
                    context.close();
                } catch (RuntimeException e) {
                    stoppedCleanly.set(false);
                    System.err.println(StartFailure.stopSentence(e));
                } finally {
                    lock.release();
                    stopped.countDown();
                }
            }
        };
        StopSignals.handle(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "planner-stop"));
        stopped.await();
        return stoppedCleanly.get() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }
}
