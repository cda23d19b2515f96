package org.disclosurepipeline.core.parse;

import java.util.Arrays;

/**
 * The normalised text of a document and where each of its lines starts, with 1-based line numbers for messages.
 * Lines are kept as offsets into the one text, not as strings of their own: the readers look at most lines only
 * character by character, and a substring is made only for what they keep.
 */
final class DocumentLines {

    private final String text;
    /** The same text as characters, for the readers' scanning loops. */
    private final char[] chars;
    /** starts[i] is the offset of line i; starts[size] is text.length() + 1, as if the text ended in '\n'. */
    private final int[] starts;
    private final int size;
    /** For a text made from another one (a page flattened to one line, cut again), each line's number there. */
    private final int[] sourceLines;

    private DocumentLines(String text, char[] chars, int[] starts, int size, int[] sourceLines) {
        this.text = text;
        this.chars = chars;
        this.starts = starts;
        this.size = size;
        this.sourceLines = sourceLines;
    }

    /**
     * The lines of a text made from a document's own lines, for messages: line {@code i} of it was part of line
     * {@code sourceLines[i]} (1-based) of the document.
     */
    static DocumentLines of(String text, int[] sourceLines) {
        DocumentLines lines = of(text);
        if (sourceLines.length != lines.size) {
            throw new IllegalArgumentException(sourceLines.length + " source lines for " + lines.size + " lines");
        }
        return new DocumentLines(lines.text, lines.chars, lines.starts, lines.size, sourceLines.clone());
    }

    static DocumentLines of(String text) {
        char[] chars = text.toCharArray();
        boolean carriageReturns = text.indexOf('\r') >= 0;
        int length = TextNormalizer.withoutConverterNoise(chars, carriageReturns, text.indexOf('[') >= 0);
        if (length < chars.length) {
            chars = Arrays.copyOf(chars, length);
        }
        // one pass: odd characters replaced, line starts noted
        int[] starts = new int[length / 16 + 16];
        int size = 1;
        boolean replaced = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (TextNormalizer.isOdd(c)) {
                chars[i] = TextNormalizer.normalizeChar(c);
                replaced = true;
            }
            if (c == '\n') {
                if (size + 1 == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[size++] = i + 1;
            }
        }
        starts[size] = length + 1;
        // the text itself when nothing changed (a lone '\r' becomes '\n' without changing the length)
        String normalized = carriageReturns || replaced || length != text.length() ? new String(chars) : text;
        return new DocumentLines(normalized, chars, starts, size, null);
    }

    String text() {
        return text;
    }

    /** The text's characters; not to be changed. */
    char[] chars() {
        return chars;
    }

    int size() {
        return size;
    }

    /** The 1-based number, in the document as given, of the line at a 0-based index: what messages quote. */
    int lineNumber(int index) {
        return sourceLines == null ? index + 1 : sourceLines[index];
    }

    /** Offset in {@link #text()} of the first character of line {@code index} (0-based). */
    int start(int index) {
        return starts[index];
    }

    /** Offset in {@link #text()} just past the last character of line {@code index}, before its '\n'. */
    int end(int index) {
        return starts[index + 1] - 1;
    }

    /** The line at a 0-based index. */
    String get(int index) {
        return text.substring(start(index), end(index));
    }

    /** Lines [from, to) joined with newlines: the text as it stands, from the first to the end of the last. */
    String join(int from, int to) {
        return from >= to ? "" : text.substring(start(from), end(to - 1));
    }

    /** Lines [from, to) as {@link #join} gives them, without the white space around them (String.strip()). */
    String joinStripped(int from, int to) {
        if (from >= to) {
            return "";
        }
        int first = Chars.skipWhitespace(chars, start(from), end(to - 1));
        return text.substring(first, Chars.skipWhitespaceBack(chars, first, end(to - 1)));
    }
}
