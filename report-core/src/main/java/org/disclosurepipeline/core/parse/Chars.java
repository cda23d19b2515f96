package org.disclosurepipeline.core.parse;

/** Scanning helpers over a range [from, to) of a document's characters, so that readers need not cut lines. */
final class Chars {

    /** Most table cells are a single digit: those strings are shared instead of made anew for every cell. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private Chars() {
    }

    static String string(char[] chars, int from, int to) {
        if (to - from == 1) {
            char c = chars[from];
            if (c >= '0' && c <= '9') {
                return DIGITS[c - '0'];
            }
        }
        return new String(chars, from, to - from);
    }

    static int indexOf(char[] chars, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when [from, to) holds only whitespace, as String.isBlank() tells. */
    static boolean isBlank(char[] chars, int from, int to) {
        return skipWhitespace(chars, from, to) == to;
    }

    /** The first offset in [from, to) that is not whitespace, or {@code to}. */
    static int skipWhitespace(char[] chars, int from, int to) {
        while (from < to && isWhitespace(chars[from])) {
            from++;
        }
        return from;
    }

    /** The end of [from, to) without trailing whitespace. */
    static int skipWhitespaceBack(char[] chars, int from, int to) {
        while (to > from && isWhitespace(chars[to - 1])) {
            to--;
        }
        return to;
    }

    /** Character.isWhitespace, from a table: the readers ask it of most characters of a document. */
    static boolean isWhitespace(char c) {
        return in(WHITESPACE, c);
    }

    /** An ASCII digit, what a regular expression's \d matches. */
    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII white space, what a regular expression's \s matches (unlike Character.isWhitespace). */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when the character's bit is set in a {@link #table}. */
    static boolean in(long[] table, char c) {
        return (table[c >>> 6] & (1L << c)) != 0;
    }

    private static final long[] WHITESPACE = table(Character::isWhitespace);

    /**
     * One bit per UTF-16 character, set where the test holds: a look-up instead of a chain of comparisons or a
     * Unicode property query, for tests asked of every character (texts mix ASCII and Chinese, which branches
     * mispredict).
     */
    static long[] table(java.util.function.IntPredicate test) {
        long[] bits = new long[1024];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (test.test(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** Where two spaces in a row first stand in [from, to), or -1. */
    static int indexOfSpaceGap(char[] chars, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (chars[i] == ' ' && chars[i + 1] == ' ') {
                return i;
            }
        }
        return -1;
    }
}
