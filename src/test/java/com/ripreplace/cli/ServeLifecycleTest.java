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

    static final String ENGINEER = "ana";
    static final String ENGINEER_PASSWORD = "ana-" + Long.toHexString(System.nanoTime()) + "-pw";

    @TempDir
    Path dataDir;

    @Test
    void stopsOnSigtermDuringASolveAndKeepsEveryFinishedPlanAcrossARestart() throws Exception {
        int port = ServiceProcess.freePort();
        long finished;
        long solving;
        byte[] workbook;
        try (ServiceProcess service = ServiceProcess.start(port, dataDir)) {
            assertThat(service.awaitServing(Duration.ofSeconds(90))).as(service.err()).isTrue();
            assertThat(health(port)).isEqualTo("{\"status\":\"UP\"}");
            assertThat(service.out()).contains("No one can sign in yet").contains("users add --data-dir");
            assertThat(ServiceProcess.users(dataDir, ENGINEER_PASSWORD, "add", "--username", ENGINEER, "--role",
                    "ENGINEER", "--carrier", "0012345678"))
                    .as("users add works while the service runs").startsWith("0\n")
                    .contains("Added ENGINEER ana of carrier 0012345678").doesNotContain(ENGINEER_PASSWORD);
            try (ServiceProcess second = ServiceProcess.start(ServiceProcess.freePort(), dataDir)) {
                assertThat(second.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
                assertThat(second.err().strip()).isEqualTo("The data directory " + dataDir.toAbsolutePath().normalize()
                        + " is in use by another running planner: stop that one, or start with another --data-dir.");
            }
            try (Remote remote = new Remote(port)) {
                long inventory = remote.upload(towers(30));
                finished = remote.plan(inventory, "{\"timeLimit\":\"1s\"}");
                assertThat(remote.awaitStatus(finished, "DONE")).contains("\"status\":\"DONE\"");
                workbook = remote.workbook(finished);
                solving = remote.plan(inventory, "{\"timeLimit\":\"120s\"}");
                assertThat(remote.awaitStatus(solving, "SOLVING")).contains("\"status\":\"SOLVING\"");
            }

            Duration stopped = service.stop(Duration.ofSeconds(10));

            assertThat(stopped).as("ended within 10 s of SIGTERM; stderr: %s", service.err()).isNotNull();
            assertThat((service.out() + service.err()).lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")))
                    .as("stopping writes no warning or error (the solve is ended and marked INTERRUPTED on the way out)")
                    .isEmpty();
        }
        try (ServiceProcess again = ServiceProcess.start(port, dataDir); Remote remote = new Remote(port)) {
            assertThat(again.awaitServing(Duration.ofSeconds(90))).as("the database lock was released: %s",
                    again.err()).isTrue();
            assertThat(remote.get("/api/plans/" + solving)).contains("\"status\":\"INTERRUPTED\"")
                    .contains("start it again with POST /api/plans/");
            assertThat(remote.get("/api/plans/" + finished)).contains("\"status\":\"DONE\"")
                    .contains("\"result\":{\"feasible\":");
            assertThat(remote.workbook(finished)).isEqualTo(workbook);
            assertThat(remote.restart(solving)).isEqualTo(202);
            assertThat(again.stop(Duration.ofSeconds(10))).isNotNull();
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

    static String health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String towers(int sites) {
        StringBuilder csv = new StringBuilder("Site ID,Vendor,Model,Serial,Quantity,Purchase Date\n");
        for (int i = 1; i <= sites; i++) {
            csv.append("T").append(i).append(",Huawei,RRU3908,H-").append(i).append(",1,2019-03-01\n");
        }
        return csv.toString();
    }

    /** The service over HTTP as a client elsewhere sees it. */
    static final class Remote implements AutoCloseable {
        private final io.micronaut.http.client.HttpClient http;
        private io.micronaut.http.client.BlockingHttpClient client;

        Remote(int port) throws Exception {
            http = io.micronaut.http.client.HttpClient.create(new java.net.URL("http://localhost:" + port));
        }

        /** Signed in (at the first request) as the engineer the test added. */
        io.micronaut.http.client.BlockingHttpClient toBlocking() {
            if (client == null) {
                client = com.ripreplace.api.People.withToken(http,
                        com.ripreplace.api.People.token(http, ENGINEER, ENGINEER_PASSWORD));
            }
            return client;
        }

        long upload(String csv) {
            var response = toBlocking().exchange(io.micronaut.http.HttpRequest.POST("/api/inventories",
                            io.micronaut.http.client.multipart.MultipartBody.builder().addPart("files", "towers.csv",
                                    io.micronaut.http.MediaType.TEXT_CSV_TYPE,
                                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build())
                    .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), String.class);
            return idIn(response.header("Location"));
        }

        long plan(long inventory, String settings) {
            var response = toBlocking().exchange(io.micronaut.http.HttpRequest.POST("/api/inventories/"
                    + inventory + "/plans", settings).contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE),
                    String.class);
            return idIn(response.header("Location"));
        }

        int restart(long plan) {
            return toBlocking().exchange(io.micronaut.http.HttpRequest.POST("/api/plans/" + plan + "/restart",
                    ""), String.class).code();
        }

        String get(String path) {
            return toBlocking().retrieve(path);
        }

        byte[] workbook(long plan) {
            return toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/plans/" + plan + "/workbook"),
                    byte[].class);
        }

        String awaitStatus(long plan, String status) throws InterruptedException {
            long until = System.currentTimeMillis() + 90_000;
            String body = get("/api/plans/" + plan);
            while (!body.contains("\"status\":\"" + status + "\"") && System.currentTimeMillis() < until) {
                Thread.sleep(200);
                body = get("/api/plans/" + plan);
            }
            return body;
        }

        private static long idIn(String location) {
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
