package com.ripreplace.cli;

import com.ripreplace.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: the web service on an embedded H2 file database, migrations applied at start. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web service (HTTP API and pages) on an embedded database in the data directory.")
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data-dir", defaultValue = "./data", description = "Where the database file lives. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        ApplicationContext context = Micronaut.build(new String[0])
                .mainClass(Application.class)
                .environments("serve")
                .properties(Map.of("micronaut.server.port", port,
                        "ripreplace.data-dir", dataDir.toAbsolutePath().toString()))
                .banner(false)
                .start();
        System.out.printf("Rip & Replace Planner is serving on http://localhost:%d (data in %s). Press Ctrl+C to stop.%n",
                port, dataDir.toAbsolutePath());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
