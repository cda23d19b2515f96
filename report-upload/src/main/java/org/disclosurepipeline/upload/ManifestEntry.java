package org.disclosurepipeline.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of the manifest: {@code file,agency,year} (a header line and # comments are skipped). */
record ManifestEntry(String file, String agency, String year) {

    static List<ManifestEntry> read(Path manifest) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            number++;
            String line = raw.replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase().startsWith("file,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3 || f[0].isBlank()) {
                throw new IllegalArgumentException(manifest + " line " + number
                        + ": expected file,agency,year but found '" + line + "'");
            }
            entries.add(new ManifestEntry(f[0].strip(), f[1].strip(), f[2].strip()));
        }
        return entries;
    }

    /** The key under which the state file remembers this line. */
    String key() {
        return file + "\t" + agency + "\t" + year;
    }
}
