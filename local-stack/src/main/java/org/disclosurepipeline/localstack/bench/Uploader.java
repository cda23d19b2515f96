package org.disclosurepipeline.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosurepipeline.core.json.Json;

/**
 * Uploads reports to ingest-service the way offices do: one report per request from many clients at once, as
 * batches (a ZIP and its manifest), or at a fixed rate.
 */
final class Uploader implements AutoCloseable {

    /** One accepted submission: when its upload started (epoch ms) and when the 202 came. */
    record Accepted(String submissionId, String agencyCode, long startedAt, long acceptedAt) {
    }

    private final ExecutorService clients;
    private final HttpClient http;
    private final List<String> ingestUrls;
    private final String token;

    /**
     * @param ingestUrls every ingest instance; clients spread their requests over them
     * @param clients    the most requests at a time
     */
    Uploader(List<String> ingestUrls, String token, int clients) {
        this.ingestUrls = List.copyOf(ingestUrls);
        this.token = token;
        // named threads that live as long as the run: the benchmark tells its own CPU time from the broker's by them
        AtomicInteger threads = new AtomicInteger();
        this.clients = Executors.newFixedThreadPool(clients,
                r -> new Thread(r, "bench-upload-" + threads.incrementAndGet()));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors
                .newFixedThreadPool(2, r -> new Thread(r, "bench-http-" + threads.incrementAndGet()))).build();
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }

    /** Each report in its own request, {@code concurrency} requests at a time. */
    List<Accepted> singles(List<Workload.Report> reports, int concurrency) throws Exception {
        return paced(reports, concurrency, 0);
    }


    /**
     * Each report in its own request, at most {@code perSecond} requests started per second (0: as fast as the
     * clients go), {@code concurrency} at a time.
     */
    List<Accepted> paced(List<Workload.Report> reports, int concurrency, double perSecond) throws Exception {
        Map<Integer, Accepted> accepted = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.currentTimeMillis();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(this.clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < reports.size(); i = next.getAndIncrement()) {
                    if (perSecond > 0) {
                        sleepUntil(start + (long) (i * 1000 / perSecond));
                    }
                    accepted.put(i, upload(reports.get(i), ingestUrls.get(i % ingestUrls.size())));
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        List<Accepted> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            out.add(accepted.get(i));
        }
        return out;
    }

    private Accepted upload(Workload.Report report, String ingest) throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/reports?agency="
                        + report.agencyCode() + "&year=" + report.year()))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(report.text())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("ingest answered " + response.statusCode() + " for "
                    + report.agencyCode() + ": " + response.body());
        }
        return new Accepted(Json.mapper().readTree(response.body()).path("submissionId").asText(),
                report.agencyCode(), started, System.currentTimeMillis());
    }

    /** A batch accepted by ingest: its id, its reports, when its upload started and when the 202 came. */
    record Batch(String batchId, String ingestUrl, List<Workload.Report> reports, long startedAt, long acceptedAt) {
    }

    /** The reports as ZIP batches of {@code batchSize}, {@code concurrency} batches at a time. */
    List<Batch> batches(List<Workload.Report> reports, int batchSize, int concurrency) throws Exception {
        List<List<Workload.Report>> chunks = new ArrayList<>();
        for (int i = 0; i < reports.size(); i += batchSize) {
            chunks.add(reports.subList(i, Math.min(reports.size(), i + batchSize)));
        }
        List<byte[][]> bodies = new ArrayList<>(); // made before the clock starts
        for (List<Workload.Report> chunk : chunks) {
            bodies.add(zipAndManifest(chunk));
        }
        Map<Integer, Batch> done = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(this.clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
                    String ingest = ingestUrls.get(i % ingestUrls.size());
                    long started = System.currentTimeMillis();
                    String id = postBatch(ingest, bodies.get(i)[0], bodies.get(i)[1]);
                    done.put(i, new Batch(id, ingest, chunks.get(i), started, System.currentTimeMillis()));
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        List<Batch> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            out.add(done.get(i));
        }
        return out;
    }

    /** The submissions a batch's files became (agency code → submission id), once the batch is done. */
    Map<String, String> submissionsOf(Batch batch) throws Exception {
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(batch.ingestUrl() + "/api/v1/batches/"
                    + batch.batchId())).header("Authorization", "Bearer " + token).build();
            JsonNode view = Json.mapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (view.path("done").asBoolean()) {
                Map<String, String> ids = new java.util.HashMap<>();
                for (JsonNode item : view.path("items")) {
                    if (!item.path("submissionId").isNull()) {
                        ids.put(item.path("agencyCode").asText(), item.path("submissionId").asText());
                    }
                }
                return ids;
            }
            Thread.sleep(500);
        }
    }

    private static byte[][] zipAndManifest(List<Workload.Report> chunk) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        StringBuilder manifest = new StringBuilder("file,agency,year\n");
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Workload.Report r : chunk) {
                String name = r.agencyCode() + "-" + r.year() + ".txt";
                out.putNextEntry(new ZipEntry(name));
                out.write(r.text());
                out.closeEntry();
                manifest.append(name).append(',').append(r.agencyCode()).append(',').append(r.year()).append('\n');
            }
        }
        return new byte[][] {zip.toByteArray(), manifest.toString().getBytes(StandardCharsets.UTF_8)};
    }

    private String postBatch(String ingest, byte[] zip, byte[] manifest) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "archive", "reports.zip", "application/zip", zip);
        part(body, boundary, "manifest", "manifest.csv", "text/csv", manifest);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/batches"))
                .timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("ingest answered " + response.statusCode() + " for a batch: "
                    + response.body());
        }
        return Json.mapper().readTree(response.body()).path("batchId").asText();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, String type,
            byte[] content) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
