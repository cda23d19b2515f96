package org.disclosurepipeline.core.rules.precision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence of the labelled corpus (src/test/resources/narrative/*.tsv) with the figures a careful reader takes
 * from it: counts by name (received, carriedOver, completed, forward, review, litigation), "none" statements
 * (apps, cases) and the other year whose applications it counts, if any.
 */
record LabelledSentence(String source, String sentence, Map<String, Long> counts, List<String> none, Integer year) {

    static List<LabelledSentence> load(String resource) {
        try (InputStream in = LabelledSentence.class.getResourceAsStream(resource)) {
            List<LabelledSentence> all = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(parse(line));
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledSentence parse(String line) {
        String[] parts = line.split("\t", 3);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> none = new ArrayList<>();
        Integer year = null;
        for (String label : parts[1].strip().split(" ")) {
            if (label.equals("-")) {
                continue;
            }
            String[] kv = label.split("=");
            switch (kv[0]) {
                case "none" -> none.add(kv[1]);
                case "year" -> year = Integer.valueOf(kv[1]);
                default -> counts.put(kv[0], Long.valueOf(kv[1]));
            }
        }
        return new LabelledSentence(parts[0], parts[2].strip(), counts, none, year);
    }
}
