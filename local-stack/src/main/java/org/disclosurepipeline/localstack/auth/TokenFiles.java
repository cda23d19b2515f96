package org.disclosurepipeline.localstack.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurepipeline.localstack.pipeline.SampleFeeder;

/**
 * Writes development tokens for {@code ./run-local.sh} to a folder: admin.jwt, viewer.jwt, the county 610722.jwt,
 * reviewers of the county and of its city (reviewer-610722.jwt, reviewer-6107.jwt) and one submitter token per sample agency, named by its code.
 */
public final class TokenFiles {

    private TokenFiles() {
    }

    public static void write(Path dir, DevTokens tokens, List<SampleFeeder.Sample> samples) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("admin.jwt"), tokens.admin());
            Files.writeString(dir.resolve("viewer.jwt"), tokens.viewer());
            Files.writeString(dir.resolve("610722.jwt"), tokens.submitter("610722"));
            Files.writeString(dir.resolve("reviewer-610722.jwt"), tokens.reviewer("610722"));
            // the city above it, which approves the county once its townships are approved
            Files.writeString(dir.resolve("reviewer-6107.jwt"), tokens.reviewer("6107"));
            for (SampleFeeder.Sample s : samples) {
                Files.writeString(dir.resolve(s.agency() + ".jwt"), tokens.submitter(s.agency()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development tokens to " + dir, e);
        }
    }

    public static void printUsage(Path dir, Path root) {
        Path shown = root.relativize(dir);
        System.out.println();
        System.out.println("Development tokens (valid 30 days) are in " + shown + "/: admin.jwt, viewer.jwt, 610722.jwt"
                + " (the county), reviewer-610722.jwt, reviewer-6107.jwt and one per sample agency, e.g."
                + " 610722111.jwt (二里镇 only). Use them as:");
        System.out.println("  curl -H \"Authorization: Bearer $(cat " + shown + "/610722111.jwt)\" \\");
        System.out.println("       -H 'Content-Type: text/plain; charset=utf-8' --data-binary @samples/000-erli-610722111.txt \\");
        System.out.println("       'http://localhost:8081/api/v1/reports?agency=610722111&year=2024'");
        System.out.flush();
    }
}
