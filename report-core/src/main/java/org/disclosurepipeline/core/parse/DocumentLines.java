package org.disclosurepipeline.core.parse;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The normalised text of a document and its lines, with 1-based line numbers for messages. */
record DocumentLines(String text, List<String> lines) {

    static DocumentLines of(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<String> lines = Arrays.asList(normalized.split("\n", -1));
        return new DocumentLines(normalized, Collections.unmodifiableList(lines));
    }

    int size() {
        return lines.size();
    }

    /** The line at a 0-based index. */
    String get(int index) {
        return lines.get(index);
    }

    /** Lines [from, to) joined with newlines. */
    String join(int from, int to) {
        return String.join("\n", lines.subList(from, to));
    }
}
