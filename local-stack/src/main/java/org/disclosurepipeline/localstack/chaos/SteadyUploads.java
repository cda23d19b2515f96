package org.disclosurepipeline.localstack.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.localstack.bench.Workload;

/**
 * A steady stream of uploads at a fixed rate, each retried the way report-upload retries (503: after Retry-After;
 * no answer, a dropped connection or another 5xx: after a doubling delay) until ingest answers 202, or 200 for the
 * same submission (its first attempt committed but the answer was lost). Every answer is counted by status code.
 */
final class SteadyUploads {

    /** One upload as the client saw it: its submission (null if never accepted), when it was first sent. */
    record Upload(int index, Workload.Report report, String submissionId, long firstSentAt, int attempts) {
    }

    private static final Duration GIVE_UP = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String ingest;
    private final String token;
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    SteadyUploads(String ingest, String token) {
        this.ingest = ingest;
        this.token = token;
    }

    /** Uploads every report, {@code perSecond} started per second, by {@code clients} clients at most at a time. */
    List<Upload> run(List<Workload.Report> reports, double perSecond, int clients) throws Exception {
        Map<Integer, Upload> done = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < reports.size(); i = next.getAndIncrement()) {
                        long due = start + (long) (i * 1000 / perSecond);
                        Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
                        done.put(i, upload(i, reports.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        IntFunction<Upload> byIndex = done::get;
        return java.util.stream.IntStream.range(0, reports.size()).mapToObj(byIndex).toList();
    }

    /** Answers by status code; "no answer" for a refused or dropped connection, "timeout" for none in time. */
    Map<String, Integer> answers() {
        Map<String, Integer> out = new TreeMap<>();
        answers.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private Upload upload(int index, Workload.Report report) throws InterruptedException {
        long first = System.currentTimeMillis();
        long delay = 250;
        for (int attempt = 1; System.currentTimeMillis() - first < GIVE_UP.toMillis(); attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/reports?agency="
                            + report.agencyCode() + "&year=" + report.year()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(report.text())).build();
            long wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                count(Integer.toString(response.statusCode()));
                if (response.statusCode() == 202 || response.statusCode() == 200) {
                    JsonNode body = Json.mapper().readTree(response.body());
                    return new Upload(index, report, body.path("submissionId").asText(), first, attempt);
                }
                if (response.statusCode() < 500 && response.statusCode() != 429) {
                    return new Upload(index, report, null, first, attempt); // refused: a bug of the harness
                }
                wait = response.headers().firstValue("Retry-After").map(s -> Long.parseLong(s) * 1000)
                        .orElse(delay);
            } catch (HttpTimeoutException e) {
                count("timeout");
                wait = delay;
            } catch (IOException e) {
                count("no answer");
                wait = delay;
            }
            Thread.sleep(wait);
            delay = Math.min(delay * 2, 5000);
        }
        return new Upload(index, report, null, first, -1);
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, k -> new AtomicInteger()).incrementAndGet();
    }
}
