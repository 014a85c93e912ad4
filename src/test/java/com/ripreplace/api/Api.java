package com.ripreplace.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** What a user of the API does and sees, in a few words: upload a CSV, read a body, read a refusal. */
public final class Api {

    private Api() {
    }

    /** A status and body as a person with curl sees them, whether the answer is a success or an error. */
    record Answer(int status, String body, String location) {
    }

    static Answer send(BlockingHttpClient client, HttpRequest<?> request) {
        try {
            HttpResponse<String> r = client.exchange(request, String.class);
            return new Answer(r.code(), r.getBody(String.class).orElse(""), r.header("Location"));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse().header("Location"));
        }
    }

    static Answer get(BlockingHttpClient client, String path) {
        return send(client, HttpRequest.GET(path));
    }

    public static long uploadCsv(BlockingHttpClient client, String name, String csv) {
        Answer created = send(client, HttpRequest.POST("/api/inventories", MultipartBody.builder()
                        .addPart("files", name, MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (created.status() != 201) {
            throw new AssertionError("upload answered " + created);
        }
        return idIn(created.location());
    }

    static long idIn(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A carrier's towers as CSV: {@code sites} sites, each with a Huawei unit bought in 2019 and a Nokia unit. */
    static String towers(int sites) {
        StringBuilder csv = new StringBuilder("Site ID,Site Name,Vendor,Model,Serial,Quantity,Purchase Date\n");
        for (int i = 1; i <= sites; i++) {
            csv.append("T").append(i).append(",Tower ").append(i).append(",Huawei,RRU3908,H-").append(i)
                    .append(",1,2019-03-01\n");
            csv.append("T").append(i).append(",Tower ").append(i).append(",Nokia,AirScale,N-").append(i)
                    .append(",1,2022-03-01\n");
        }
        return csv.toString();
    }

    /** Asks for a plan of the inventory with these settings and waits until it is DONE (a minute at most); its id. */
    static long planAndWait(BlockingHttpClient who, long inventory, String settings) {
        Answer accepted = send(who, HttpRequest.POST("/api/inventories/" + inventory + "/plans", settings)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        if (accepted.status() != 202) {
            throw new AssertionError("asking for a plan answered " + accepted);
        }
        Answer done = awaitStatus(who, accepted.location(), "DONE", "FAILED");
        if (!done.body().contains("\"status\":\"DONE\"")) {
            throw new AssertionError("the plan did not finish: " + done);
        }
        return idIn(accepted.location());
    }

    /** Asks for the plan at {@code location} until its status is one of these (a minute at most); the last answer. */
    static Answer awaitStatus(BlockingHttpClient who, String location, String... statuses) {
        return eventually(() -> get(who, location), a -> java.util.Arrays.stream(statuses)
                .anyMatch(status -> a.body().contains("\"status\":\"" + status + "\"")), 60_000);
    }

    static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done, long timeoutMillis) {
        long until = System.currentTimeMillis() + timeoutMillis;
        T last = probe.get();
        while (!done.test(last) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
