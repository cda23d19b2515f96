package org.disclosurepipeline.core.parse;

import java.util.List;

/** The normalised lines of a document, with 1-based line numbers for messages. */
record DocumentLines(List<String> lines) {

    static DocumentLines of(String text) {
        return new DocumentLines(List.of(TextNormalizer.normalize(text).split("\n", -1)));
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
