package com.ripreplace.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service under load, on loopback, as docs/benchmarks.md reports it: the product jar is started as a process
 * of its own; reads of plans and items are timed first with nothing else running, then while a 5,000-site plan
 * solves and the large sample is uploaded again and again; p50/p95/p99 of each, and the process's peak resident
 * memory (VmHWM). Test sources only: none of this ships in the product jar.
 *
 * <pre>
 * mvn -B package -DskipTests
 * java -cp target/test-classes com.ripreplace.bench.ServiceLoadBenchmark [--jar target/rip-replace-planner.jar]
 *      [--seconds 30] [--readers 4] [--sites 5000] [--xmx 1g]
 * </pre>
 */
public final class ServiceLoadBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    /** The benchmark's own engineer's password, made for this run. */
    private static final String PASSWORD = "bench-" + Long.toHexString(new java.security.SecureRandom().nextLong());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The large sample's 1,200 sites, 100 a page. */
    private static final int SITE_PAGES = 12;

    private String token = "";

    private ServiceLoadBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(option(args, "--jar", "target/rip-replace-planner.jar"));
        int seconds = Integer.parseInt(option(args, "--seconds", "30"));
        int readers = Integer.parseInt(option(args, "--readers", "4"));
        int sites = Integer.parseInt(option(args, "--sites", "5000"));
        String xmx = option(args, "--xmx", "1g");
        int port = Integer.parseInt(option(args, "--port", "18150"));
        Path large = Path.of(option(args, "--large", "sample-inventories/large-carrier-1200-sites.xlsx"));
        Path work = Files.createTempDirectory("i15-bench-");
        Path big = work.resolve("carrier-" + sites + "-sites.xlsx");
        run(List.of(java(), "-jar", jar.toString(), "generate", "--sites", String.valueOf(sites), "--seed", "7",
                "--out", big.toString()));

        Process add = new ProcessBuilder(java(), "-jar", jar.toString(), "users", "add", "--data-dir",
                work.resolve("data").toString(), "--username", "bench", "--role", "ENGINEER", "--carrier", "0012345678")
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        add.getOutputStream().write((PASSWORD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        add.getOutputStream().close();
        if (add.waitFor() != 0) {
            throw new IOException("users add failed");
        }
        // Four readers as one person go far past the 600 requests a minute one person may send: the limit is lifted,
        // since this measures what the service answers, not the limit (RequestRateTest covers that).
        Process service = new ProcessBuilder(java(), "-Xmx" + xmx, "-Dripreplace.requests.per-minute=100000000",
                "-jar", jar.toString(), "serve", "--port",
                String.valueOf(port), "--data-dir", work.resolve("data").toString())
                .redirectOutput(work.resolve("serve.out").toFile()).redirectError(work.resolve("serve.err").toFile())
                .start();
        MemoryWatch memory = new MemoryWatch(service.pid());
        try {
            ServiceLoadBenchmark bench = new ServiceLoadBenchmark(port);
            bench.awaitUp(Duration.ofSeconds(120));
            bench.signIn();
            memory.start();
            long largeId = bench.upload(large);
            long bigId = bench.upload(big);
            long warmPlan = bench.plan(largeId, "{\"timeLimit\":\"5s\"}");
            bench.awaitEnded(warmPlan, Duration.ofMinutes(5));
            Timings quiet = bench.reads(readers, Duration.ofSeconds(seconds), largeId, new AtomicBoolean(false));
            long quietPeakKb = memory.peakKb();

            long plan = bench.plan(bigId, "{\"timeLimit\":\"" + (seconds + 30) + "s\"}");
            bench.awaitStatus(plan, "SOLVING", Duration.ofMinutes(5));
            AtomicBoolean stop = new AtomicBoolean(false);
            List<Long> uploadMillis = Collections.synchronizedList(new ArrayList<>());
            Thread uploader = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    try {
                        bench.upload(large);
                        uploadMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    } catch (Exception e) {
                        System.err.println("upload failed: " + e);
                    }
                }
            });
            uploader.start();
            Timings loaded = bench.reads(readers, Duration.ofSeconds(seconds), largeId, stop);
            stop.set(true);
            uploader.join();
            String planState = bench.get("/api/plans/" + plan);
            bench.send(bench.request(URI.create(bench.base + "/api/plans/" + plan)).DELETE().build());

            long startStop = System.nanoTime();
            service.destroy();
            boolean ended = service.waitFor(30, TimeUnit.SECONDS);
            long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startStop);

            System.out.printf(Locale.ROOT, "%nService load on loopback, %s, %d cores, -Xmx%s, %d readers, %d s per phase%n",
                    Instant.now(), Runtime.getRuntime().availableProcessors(), xmx, readers, seconds);
            System.out.println("| reads | requests | p50 ms | p95 ms | p99 ms | max ms | errors |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            quiet.print("no solve running");
            loaded.print("while a " + sites + "-site plan solves and the large sample is uploaded");
            System.out.printf(Locale.ROOT, "Uploads of %s during the solve: %d, median %d ms, max %d ms%n",
                    large.getFileName(), uploadMillis.size(), median(uploadMillis), uploadMillis.stream()
                            .mapToLong(Long::longValue).max().orElse(0));
            System.out.printf(Locale.ROOT, "Peak resident memory of the service: %,d MB before the solve, %,d MB in all%n",
                    quietPeakKb / 1024, memory.peakKb() / 1024);
            System.out.println("Plan state at the end of the loaded phase: " + planState.replaceAll(
                    "\"settings\":\\{[^}]*},", "").substring(0, Math.min(300, planState.length())));
            System.out.printf(Locale.ROOT, "SIGTERM to exit: %s%n", ended ? stopMillis + " ms" : "not within 30 s");
        } finally {
            memory.stop();
            if (service.isAlive()) {
                service.destroyForcibly();
            }
        }
    }

    /** Readers cycling through the reads a user's screens make: the plans list, an inventory, a page of its sites, a page of its lines. */
    private Timings reads(int readers, Duration length, long inventoryId, AtomicBoolean alsoStop) throws Exception {
        Timings timings = new Timings();
        long until = System.nanoTime() + length.toNanos();
        int pages = Math.max(1, itemTotal(inventoryId) / 100);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        for (int r = 0; r < readers; r++) {
            pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < until) {
                    String path = switch (i++ % 4) {
                        case 0 -> "/api/plans?size=20";
                        case 1 -> "/api/inventories/" + inventoryId;
                        case 2 -> "/api/inventories/" + inventoryId + "/sites?size=100&page="
                                + ThreadLocalRandom.current().nextInt(SITE_PAGES);
                        default -> "/api/inventories/" + inventoryId + "/items?size=100&page="
                                + ThreadLocalRandom.current().nextInt(pages);
                    };
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        timings.add(System.nanoTime() - start, response.statusCode() != 200);
                    } catch (Exception e) {
                        timings.add(System.nanoTime() - start, true);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
        return timings;
    }

    private int itemTotal(long inventoryId) throws Exception {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(get("/api/inventories/" + inventoryId + "/items?size=1"));
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private long upload(Path file) throws Exception {
        String boundary = "----i15bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request(URI.create(base + "/api/inventories"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        if (response.statusCode() != 201) {
            throw new IOException("upload answered " + response.statusCode() + ": " + response.body());
        }
        return firstId(response.body());
    }

    private long plan(long inventoryId, String settings) throws Exception {
        HttpResponse<String> response = send(request(URI.create(base + "/api/inventories/"
                        + inventoryId + "/plans")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(settings)).build());
        if (response.statusCode() != 202) {
            throw new IOException("plan answered " + response.statusCode() + ": " + response.body());
        }
        return firstId(response.body());
    }

    private void awaitUp(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (get("/health").contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IOException("the service did not answer /health within " + timeout);
    }

    private void awaitStatus(long plan, String status, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until && !get("/api/plans/" + plan).contains("\"status\":\"" + status + "\"")) {
            Thread.sleep(200);
        }
    }

    private void awaitEnded(long plan, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            String body = get("/api/plans/" + plan);
            if (!body.contains("\"status\":\"QUEUED\"") && !body.contains("\"status\":\"SOLVING\"")) {
                return;
            }
            Thread.sleep(200);
        }
    }

    /** A request sent as the benchmark's signed-in engineer. */
    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    /** Signs in as the engineer added before the service started. */
    private void signIn() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        if (!m.find()) {
            throw new IOException("sign-in failed: " + answer.statusCode());
        }
        token = m.group(1);
    }

    private String get(String path) throws Exception {
        return send(request(URI.create(base + path)).build()).body();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long firstId(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + command);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    /** Latencies of one phase. */
    private static final class Timings {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong errors = new AtomicLong();

        void add(long took, boolean error) {
            nanos.add(took);
            if (error) {
                errors.incrementAndGet();
            }
        }

        void print(String phase) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", phase, sorted.size(),
                    ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), errors.get());
        }

        private static double ms(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int at = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
            return sorted.get(Math.max(0, at)) / 1e6;
        }
    }

    /** Reads the service's peak resident memory (VmHWM) from /proc, as the kernel keeps it. */
    private static final class MemoryWatch {
        private final long pid;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        MemoryWatch(long pid) {
            this.pid = pid;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peak.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended
            }
        }

        long peakKb() {
            sample();
            return peak.get();
        }

        void stop() {
            running = false;
        }
    }
}
