package org.disclosurepipeline.ingest.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of a batch manifest: {@code file,agency,year} (a header line and # comments are skipped). */
public record ManifestLine(int line, String file, String agency, String year) {

    /** The lines of a manifest; a line without three fields makes the whole manifest invalid. */
    public static List<ManifestLine> parse(byte[] csv, int maxFiles) {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<ManifestLine> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\r?\n")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase().startsWith("file,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3 || f[0].isBlank()) {
                errors.add("line " + number + ": expected file,agency,year but found '" + line + "'");
                continue;
            }
            lines.add(new ManifestLine(number, f[0].strip(), f[1].strip(), f[2].strip()));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the manifest lists no files (expected lines file,agency,year)");
        }
        if (lines.size() > maxFiles) {
            throw new IllegalArgumentException("the manifest lists " + lines.size() + " files; at most " + maxFiles
                    + " per batch");
        }
        return lines;
    }
}
