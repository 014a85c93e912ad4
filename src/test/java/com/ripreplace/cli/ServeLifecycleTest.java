package com.ripreplace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The service starts, answers, and stops on SIGTERM; a busy port or a data directory in use is one sentence. */
class ServeLifecycleTest {

    @TempDir
    Path dataDir;

    @Test
    void stopsOnSigtermWithinAFewSecondsAndCanStartAgainOnTheSameData() throws Exception {
        int port = ServiceProcess.freePort();
        try (ServiceProcess service = ServiceProcess.start(port, dataDir)) {
            assertThat(service.awaitServing(Duration.ofSeconds(60))).as(service.err()).isTrue();
            assertThat(health(port)).isEqualTo("{\"status\":\"UP\"}");

            Duration stopped = service.stop(Duration.ofSeconds(10));

            assertThat(stopped).as("ended within 10 s of SIGTERM; stderr: %s", service.err()).isNotNull();
            assertThat(stopped).isLessThan(Duration.ofSeconds(5));
        }
        try (ServiceProcess again = ServiceProcess.start(port, dataDir)) {
            assertThat(again.awaitServing(Duration.ofSeconds(60))).as("the database lock was released: %s",
                    again.err()).isTrue();
            again.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void saysInOneSentenceThatThePortIsBusy() throws Exception {
        int port = ServiceProcess.freePort();
        try (ServerSocket taken = new ServerSocket(port); ServiceProcess service = ServiceProcess.start(port, dataDir)) {
            int exit = service.awaitExit(Duration.ofSeconds(60));

            assertThat(exit).isEqualTo(1);
            assertThat(service.err().strip()).isEqualTo("Port " + port + " is already in use: stop the program using"
                    + " it, or start with another --port.");
        }
    }

    @Test
    void saysInOneSentenceThatTheDataDirectoryIsInUse() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(ServiceProcess.freePort(), dataDir)) {
            assertThat(first.awaitServing(Duration.ofSeconds(60))).as(first.err()).isTrue();
            try (ServiceProcess second = ServiceProcess.start(ServiceProcess.freePort(), dataDir)) {
                int exit = second.awaitExit(Duration.ofSeconds(60));

                assertThat(exit).isEqualTo(1);
                assertThat(second.err().strip()).isEqualTo("The data directory " + dataDir.toAbsolutePath().normalize()
                        + " is in use by another running planner: stop that one, or start with another --data-dir.");
            }
            first.stop(Duration.ofSeconds(10));
        }
    }

    static String health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
