package org.disclosurepipeline.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What earlier runs finished, one tab-separated line per file (file, agency, year, sha256, submission id), appended
 * and flushed as each upload is answered, so that an interrupted run resumes where it stopped. A file whose content
 * changed since is uploaded again.
 */
final class UploadState {

    private final Path file;
    private final Map<String, String[]> done = new HashMap<>();

    UploadState(Path file) {
        this.file = file;
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 5) {
                        done.put(f[0] + "\t" + f[1] + "\t" + f[2], f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state file " + file, e);
        }
    }

    /** The submission id of an earlier run for this line and content, or null. */
    String submissionOf(ManifestEntry entry, String sha256) {
        String[] f = done.get(entry.key());
        return f != null && f[3].equals(sha256) ? f[4] : null;
    }

    void markDone(ManifestEntry entry, String sha256, String submissionId) {
        String[] f = {entry.file(), entry.agency(), entry.year(), sha256, submissionId};
        done.put(entry.key(), f);
        try {
            Files.writeString(file, String.join("\t", f) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state file " + file, e);
        }
    }
}
