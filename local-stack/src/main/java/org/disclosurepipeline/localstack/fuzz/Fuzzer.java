package org.disclosurepipeline.localstack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurepipeline.core.json.Json;
import org.disclosurepipeline.localstack.auth.DevTokens;

/**
 * Sends the regression cases and then {@code count} hostile requests made from {@code seed} to ingest-service and
 * validation-service, and judges every answer: no 5xx, no connection dropped without an answer, every refusal a
 * problem+json 4xx naming the field and the reason, an oversized body 413. Then every service must be ready.
 */
public final class Fuzzer {

    private static final int TIMEOUT_MS = 120_000;

    private final Map<String, URI> services;
    private final DevTokens tokens;

    /** @param services base URLs by name: ingest, validation (fuzzed) and any other that must stay healthy */
    public Fuzzer(Map<String, URI> services, DevTokens tokens) {
        this.services = Map.copyOf(services);
        this.tokens = tokens;
    }

    public FuzzReport run(long seed, int count, PrintStream log) {
        FuzzReport report = new FuzzReport(seed);
        for (Regressions.Case c : Regressions.all(tokens, seed)) {
            RawHttp.Answer answer = send(c.request(), seed);
            String failure = judge(c.request(), answer);
            if (failure == null && !c.met(answer.status())) {
                failure = "expected " + c.expected() + (c.expected() < 10 ? "xx" : "") + ", got " + answer.status()
                        + " " + shorten(answer.text());
            }
            report.regression(c.name(), c.request(), answer, failure);
        }
        HostileRequests requests = new HostileRequests(seed, tokens);
        long started = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            HostileRequest request = requests.next();
            RawHttp.Answer answer = send(request, seed + i);
            report.add(request, answer, judge(request, answer));
            if (i % 250 == 0 && log != null) {
                log.printf("  %d of %d requests (%.0f s)%n", i, count, (System.nanoTime() - started) / 1e9);
            }
        }
        services.forEach((name, url) -> report.health(name, ready(url)));
        return report;
    }

    private RawHttp.Answer send(HostileRequest request, long seed) {
        URI base = services.get(request.target().service);
        return RawHttp.send(base.getHost(), base.getPort(), request.head(base.getHost()), request.streamedBody(seed),
                TIMEOUT_MS);
    }

    /** Why the answer is wrong, or null when it is right. */
    static String judge(HostileRequest request, RawHttp.Answer answer) {
        if (answer.dropped()) {
            return "no answer: " + answer.error();
        }
        int status = answer.status();
        if (status >= 500) {
            return status + " " + shorten(answer.text());
        }
        if (request.kind().startsWith("huge") && status != 413) {
            return "a body over the limit got " + status + ", not 413";
        }
        if ((status == 400 || status == 414) && request.kind().endsWith("-refused-by-decoder")
                && answer.header("content-type") == null) {
            return null; // refused by the HTTP decoder before the application: counted apart
        }
        if (status >= 400) {
            return problemFault(status, answer);
        }
        return status >= 200 && status < 300 ? null : "unexpected status " + status;
    }

    private static String problemFault(int status, RawHttp.Answer answer) {
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " as " + type + ", not application/problem+json: " + shorten(answer.text());
        }
        try {
            JsonNode problem = Json.mapper().readTree(answer.body());
            if (problem.path("status").asInt() != status) {
                return status + " with a problem of status " + problem.path("status");
            }
            JsonNode error = problem.path("errors").path(0);
            if (problem.path("detail").asText("").isBlank() || error.path("field").asText("").isBlank()
                    || error.path("reason").asText("").isBlank()) {
                return status + " problem without the field and the reason: " + shorten(answer.text());
            }
            return null;
        } catch (java.io.IOException e) {
            return status + " problem that is not JSON: " + shorten(answer.text());
        }
    }

    private static boolean ready(URI base) {
        RawHttp.Answer answer = RawHttp.send(base.getHost(), base.getPort(), "GET /q/health/ready HTTP/1.1\r\nHost: "
                + base.getHost() + "\r\nConnection: close", RawHttp.Body.of(new byte[0]), 30_000);
        return answer.status() == 200;
    }

    static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** What a run found. */
    public static final class FuzzReport {
        private final long seed;
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
        private final Map<String, Integer> byTarget = new TreeMap<>();
        private final List<String> failures = new ArrayList<>();
        private final Map<String, Boolean> health = new TreeMap<>();
        private int requests;
        private int regressions;
        private int serverErrors;
        private int dropped;
        private int refusedByDecoder;

        FuzzReport(long seed) {
            this.seed = seed;
        }

        void regression(String name, HostileRequest request, RawHttp.Answer answer, String failure) {
            regressions++;
            count(request, answer);
            if (failure != null) {
                failures.add("regression '" + name + "': " + failure);
            }
        }

        void add(HostileRequest request, RawHttp.Answer answer, String failure) {
            count(request, answer);
            if (failure != null) {
                failures.add(failure + "\n      for " + request);
            }
        }

        private void count(HostileRequest request, RawHttp.Answer answer) {
            requests++;
            byStatus.merge(answer.status(), 1, Integer::sum);
            byKind.computeIfAbsent(request.kind().replaceAll("-(text|gbk.text|html|docx|pdf)$", ""),
                    k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            byTarget.merge(request.target().label, 1, Integer::sum);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            if (answer.dropped()) {
                dropped++;
            }
            if (request.kind().endsWith("-refused-by-decoder") && answer.header("content-type") == null) {
                refusedByDecoder++;
            }
        }

        void health(String service, boolean ready) {
            health.put(service, ready);
        }

        public List<String> failures() {
            return List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty() && health.values().stream().allMatch(Boolean::booleanValue);
        }

        public int requests() {
            return requests;
        }

        public int serverErrors() {
            return serverErrors;
        }

        public int dropped() {
            return dropped;
        }

        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("fuzz seed %d: %d hostile requests (%d regression cases), 5xx %d, dropped "
                    + "connections %d, wrong answers %d%n", seed, requests, regressions, serverErrors, dropped,
                    failures.size()));
            s.append("  by status: ").append(byStatus).append('\n');
            s.append("  of which refused by the HTTP decoder before the application, bare 400/414 without a ")
                    .append("problem (non-ASCII or control characters in the request line or a header, a malformed ")
                    .append("%-escape, a request line over 4096 bytes): ").append(refusedByDecoder).append('\n');
            s.append("  by target: ").append(byTarget).append('\n');
            byKind.forEach((kind, statuses) -> s.append(String.format("  %-28s %s%n", kind, statuses)));
            s.append("  ready afterwards: ").append(health).append('\n');
            failures.stream().limit(30).forEach(f -> s.append("  FAILED ").append(f).append('\n'));
            return s.toString();
        }
    }
}
