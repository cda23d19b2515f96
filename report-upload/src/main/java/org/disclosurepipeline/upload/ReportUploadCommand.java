package org.disclosurepipeline.upload;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report-upload DIR --manifest FILE}: uploads a folder of reports, resumably, with progress and a summary. */
@Command(name = "report-upload", mixinStandardHelpOptions = true, version = "report-upload 0.1",
        description = "Uploads the reports of a folder listed in a manifest (CSV file,agency,year) to ingest-service."
                + " Exit 0 when every file is accepted, 1 when any is refused or failed, 2 on a usage error.")
public final class ReportUploadCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "Folder holding the reports.")
    Path dir;

    @Option(names = "--manifest", required = true, description = "CSV lines file,agency,year (file relative to DIR).")
    Path manifest;

    @Option(names = "--url", defaultValue = "http://localhost:8081", description = "ingest-service (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--token-file", description = "File holding the bearer token (else $REPORT_UPLOAD_TOKEN).")
    Path tokenFile;

    @Option(names = "--retries", defaultValue = "8",
            description = "Tries again this many times when the service says 'not now' (503, 429) or cannot be "
                    + "reached, waiting its Retry-After or a doubling delay (default ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--retry-delay-ms", defaultValue = "1000", hidden = true,
            description = "The first delay between tries when the service names none.")
    long retryDelayMs;

    @Option(names = "--state", description = "State file for resuming (default DIR/.report-upload-state.tsv).")
    Path stateFile;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        List<ManifestEntry> entries;
        try {
            entries = ManifestEntry.read(manifest);
        } catch (IOException | IllegalArgumentException e) {
            err.println("report-upload: cannot read the manifest: " + e.getMessage());
            return 2;
        }
        String token = tokenFile != null ? Files.readString(tokenFile).strip() : System.getenv("REPORT_UPLOAD_TOKEN");
        UploadState state = new UploadState(stateFile != null ? stateFile : dir.resolve(".report-upload-state.tsv"));
        IngestClient client = new IngestClient(url, token, retries, java.time.Duration.ofMillis(retryDelayMs));
        ProgressBar bar = new ProgressBar(err, entries.size());
        List<UploadResult> results = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            bar.show(results.size(), entry.file());
            results.add(uploadOne(entry, state, client));
        }
        bar.finish();
        SummaryTable.print(out, results);
        return results.stream().allMatch(UploadResult::succeeded) ? 0 : 1;
    }

    private UploadResult uploadOne(ManifestEntry entry, UploadState state, IngestClient client)
            throws IOException, InterruptedException {
        Path file = dir.resolve(entry.file());
        if (!Files.isRegularFile(file)) {
            return new UploadResult(entry, "REFUSED", null, "no such file " + file);
        }
        String sha256 = sha256(file);
        String earlier = state.submissionOf(entry, sha256);
        if (earlier != null) {
            return new UploadResult(entry, "DONE_BEFORE", earlier, null);
        }
        UploadResult result = client.upload(entry, file);
        if (result.outcome().equals("ACCEPTED") || result.outcome().equals("DUPLICATE")) {
            state.markDone(entry, sha256, result.submissionId());
        }
        return result;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(new CommandLine(new ReportUploadCommand()).execute(args));
    }
}
