package org.disclosurepipeline.upload;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts one report to ingest-service with the JDK's HTTP client, and reads the answer. "Not now" (503 while the
 * service's database is unreachable, 429, or the service unreachable) is tried again with backoff: after the
 * Retry-After the service names, else after a delay that doubles each time.
 */
final class IngestClient {

    private static final Pattern SUBMISSION = Pattern.compile("\"submissionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String token;
    private final int retries;
    private final Duration firstDelay;

    IngestClient(String baseUrl, String token, int retries, Duration firstDelay) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token;
        this.retries = retries;
        this.firstDelay = firstDelay;
    }

    UploadResult upload(ManifestEntry entry, Path file) throws InterruptedException {
        Duration delay = firstDelay;
        for (int attempt = 0; ; attempt++) {
            Attempt a = attempt(entry, file);
            if (a.retryAfter() == null || attempt >= retries) {
                return attempt == 0 || a.result().succeeded() ? a.result() : new UploadResult(entry,
                        a.result().outcome(), a.result().submissionId(), a.result().detail() == null ? null
                        : a.result().detail() + " (after " + (attempt + 1) + " attempts)");
            }
            Duration wait = a.retryAfter().isZero() ? delay : a.retryAfter();
            Thread.sleep(min(wait, LONGEST_WAIT).toMillis());
            delay = min(delay.multipliedBy(2), LONGEST_WAIT);
        }
    }

    /** One try: its result, and how long to wait before the next (null: do not try again; zero: back off). */
    private record Attempt(UploadResult result, Duration retryAfter) {
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Attempt attempt(ManifestEntry entry, Path file) throws InterruptedException {
        URI uri = URI.create(baseUrl + "/api/v1/reports?agency=" + encode(entry.agency()) + "&year="
                + encode(entry.year()));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", contentType(file))
                    .POST(HttpRequest.BodyPublishers.ofFile(file));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String body = response.body();
            if (status == 202 || status == 200) {
                return new Attempt(new UploadResult(entry, status == 202 ? "ACCEPTED" : "DUPLICATE",
                        find(SUBMISSION, body), null), null);
            }
            String detail = status + " " + (find(DETAIL, body) != null ? unescape(find(DETAIL, body)) : body);
            boolean notNow = status == 503 || status == 429;
            UploadResult result = new UploadResult(entry, status >= 400 && status < 500 && !notNow ? "REFUSED"
                    : "FAILED", null, detail);
            return new Attempt(result, notNow ? retryAfter(response.headers().firstValue("Retry-After")
                    .orElse(null)) : null);
        } catch (IOException e) {
            return new Attempt(new UploadResult(entry, "FAILED", null, "cannot reach " + baseUrl + ": "
                    + e.getMessage()), Duration.ZERO);
        }
    }

    /** The seconds a Retry-After names (an HTTP date counts as "back off"). */
    static Duration retryAfter(String header) {
        if (header != null && header.strip().matches("\\d{1,6}")) {
            return Duration.ofSeconds(Long.parseLong(header.strip()));
        }
        return Duration.ZERO;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text/plain";
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        } else if (name.endsWith(".pdf")) {
            return "application/pdf";
        } else if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/octet-stream"; // the service tells the format from the bytes
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
