package org.disclosurepipeline.core.parse;

/**
 * Brings the text of a converted document to one form, in place on its characters: '\n' line ends, no byte order
 * mark, no Word bookmark marks ([bookmark: _GoBack]) ({@link #withoutConverterNoise}); ASCII digits and spaces for
 * full-width ones and odd spaces ({@link #isOdd}, {@link #normalizeChar}, applied as the lines are found).
 */
final class TextNormalizer {

    private static final char[] BOOKMARK = "[bookmark: ".toCharArray();

    private TextNormalizer() {
    }

    /**
     * Removes, in place, what converters add around the text: "\r\n" and '\r' line ends become '\n', a byte order
     * mark and Word's bookmark marks go.
     *
     * @return how many characters remain
     */
    static int withoutConverterNoise(char[] chars, boolean mayHaveCarriageReturns, boolean mayHaveMarks) {
        int length = mayHaveCarriageReturns ? withNewlines(chars, chars.length) : chars.length;
        if (length > 0 && chars[0] == '\uFEFF') {
            System.arraycopy(chars, 1, chars, 0, --length);
        }
        return mayHaveMarks ? withoutBookmarks(chars, length) : length;
    }

    /**
     * True for the few odd spaces and full-width digits and marks that {@link #normalizeChar} replaces (a table
     * look-up: it is asked of every character).
     */
    static boolean isOdd(char c) {
        return Chars.in(CHANGING, c);
    }

    /** "\r\n" and a lone '\r' become '\n'. */
    private static int withNewlines(char[] chars, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\r') {
                if (i + 1 < length && chars[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            chars[out++] = c;
        }
        return out;
    }

    /** Removes Word's marks as replaceAll("\\[bookmark: [^\\]]*\\]", "") would. */
    private static int withoutBookmarks(char[] chars, int length) {
        int out = 0;
        int i = 0;
        while (i < length) {
            if (chars[i] == '[' && startsWith(chars, length, i, BOOKMARK)) {
                int close = i + BOOKMARK.length;
                while (close < length && chars[close] != ']') {
                    close++;
                }
                if (close < length) {
                    i = close + 1;
                    continue;
                }
                // an unclosed mark, and every later one, stays
                System.arraycopy(chars, i, chars, out, length - i);
                return out + length - i;
            }
            chars[out++] = chars[i++];
        }
        return out;
    }

    private static boolean startsWith(char[] chars, int length, int at, char[] word) {
        if (at + word.length > length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (chars[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** One bit per UTF-16 character: set for the few odd spaces and full-width forms that change. */
    private static final long[] CHANGING = Chars.table(c -> normalizeChar((char) c) != c);

    static char normalizeChar(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '\u00A0', '\u2002', '\u2003', '\u2009', '\u3000', '\u200B' -> ' ';
            case '．' -> '.';
            case '／' -> '/';
            case '－' -> '-';
            default -> c;
        };
    }
}
