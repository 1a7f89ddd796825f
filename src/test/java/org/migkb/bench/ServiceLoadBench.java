package org.migkb.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the HTTP service over loopback: starts {@code java -jar target/migkb.jar serve --port 0}
 * as its own process, then {@code -Dbench.clients} closed-loop clients (JDK HttpClient, one
 * request in flight each) POST an example case's three files to /api/v1/diagnoses for
 * {@code -Dbench.seconds}, after a warm-up. Prints requests per second, latency percentiles and
 * the service's resident memory afterwards. Run: {@code mvn -q package -DskipTests && mvn -q
 * test-compile exec:exec@service-bench}.
 */
public final class ServiceLoadBench {

    private static final String BOUNDARY = "migkb-bench-boundary";

    private ServiceLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        int seconds = Integer.getInteger("bench.seconds", 20);
        Path example = Path.of(System.getProperty("bench.case", "examples/q182665-edited-user-list"));
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", "target/migkb.jar", "serve", "--port", "0").redirectErrorStream(true).start();
        try {
            int port = portOf(service);
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/diagnoses");
            byte[] body = multipart(example);
            HttpClient client = HttpClient.newHttpClient();
            run(client, uri, body, clients, Duration.ofSeconds(5), new ArrayList<>()); // warm-up
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = run(client, uri, body, clients, Duration.ofSeconds(seconds), latencies);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "| clients | seconds | requests | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms | service RSS MB |%n");
            System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|---|%n");
            System.out.printf(Locale.ROOT, "| %d | %d | %,d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |%n", clients, seconds,
                    sorted.size(), errors.get(), sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6, rssMb(service.pid()));
        } finally {
            service.destroy();
        }
    }

    private static AtomicLong run(HttpClient client, URI uri, byte[] body, int clients, Duration duration, List<Long> latencies)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - start);
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return errors;
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static int portOf(Process service) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving on http://[^:]+:(\\d+)/");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("the service did not start");
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static byte[] multipart(Path folder) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + file.getFileName() + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(Files.readAllBytes(file));
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
