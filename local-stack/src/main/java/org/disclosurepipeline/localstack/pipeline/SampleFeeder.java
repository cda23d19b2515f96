package org.disclosurepipeline.localstack.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Posts the sample reports listed in {@code samples/manifest.csv} (file,agency,year) to ingest-service. */
public final class SampleFeeder {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;

    public SampleFeeder(String ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    /** One line of the manifest. */
    public record Sample(Path file, String agency, int year) {
    }

    public static List<Sample> readManifest(Path manifest) {
        try {
            List<Sample> samples = new ArrayList<>();
            for (String line : Files.readAllLines(manifest)) {
                if (line.isBlank() || line.startsWith("file,") || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                samples.add(new Sample(manifest.resolveSibling(f[0].trim()), f[1].trim(), Integer.parseInt(f[2].trim())));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
    }

    /** Posts one sample; returns the response body (the submission id and status URL) or fails with the answer. */
    public String post(Sample sample, String bearerToken) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                            ingestUrl + "/api/v1/reports?agency=" + sample.agency() + "&year=" + sample.year()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofFile(sample.file()));
            if (bearerToken != null) {
                request.header("Authorization", "Bearer " + bearerToken);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("ingest answered " + response.statusCode() + " for " + sample.file()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot post " + sample.file(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
