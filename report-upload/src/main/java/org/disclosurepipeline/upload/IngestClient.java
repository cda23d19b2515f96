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

/** Posts one report to ingest-service with the JDK's HTTP client, and reads the answer. */
final class IngestClient {

    private static final Pattern SUBMISSION = Pattern.compile("\"submissionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    IngestClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token;
    }

    UploadResult upload(ManifestEntry entry, Path file) throws InterruptedException {
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
                return new UploadResult(entry, status == 202 ? "ACCEPTED" : "DUPLICATE", find(SUBMISSION, body), null);
            }
            String detail = status + " " + (find(DETAIL, body) != null ? unescape(find(DETAIL, body)) : body);
            return new UploadResult(entry, status >= 400 && status < 500 ? "REFUSED" : "FAILED", null, detail);
        } catch (IOException e) {
            return new UploadResult(entry, "FAILED", null, "cannot reach " + baseUrl + ": " + e.getMessage());
        }
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
