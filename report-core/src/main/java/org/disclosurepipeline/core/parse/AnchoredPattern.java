package org.disclosurepipeline.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression every match of which starts with one of a few literal words. Looking for those words first
 * and trying the expression only there is many times quicker than letting the regex engine try every position of a
 * long text; the first match is the same.
 * <p>
 * What every match must hold close after its start, a word ({@link #requiring}) or a number before the sentence
 * ends ({@link #countingInSentence}), turns most places away before the regex engine is asked at all: an attempt
 * costs microseconds, a look at a few characters nanoseconds.
 */
final class AnchoredPattern {

    private final Pattern pattern;
    private final String[] anchors;
    private final String required;
    private final int reach;
    private final boolean counting;

    private AnchoredPattern(Pattern pattern, String[] anchors, String required, int reach, boolean counting) {
        this.pattern = pattern;
        this.anchors = anchors;
        this.required = required;
        this.reach = reach;
        this.counting = counting;
    }

    /** @param anchors the words every match starts with */
    static AnchoredPattern of(String regex, String... anchors) {
        return new AnchoredPattern(Pattern.compile(regex), anchors, null, 0, false);
    }

    /**
     * The same pattern, tried only where {@code word} starts at most {@code reach} characters after the end of the
     * anchor (or inside it): every match must hold the word there.
     */
    AnchoredPattern requiring(String word, int reach) {
        return new AnchoredPattern(pattern, anchors, word, reach, counting);
    }

    /**
     * The same pattern, tried only where an ASCII digit follows the anchor before the sentence ends (。 or ；): for
     * patterns that read a number and allow neither mark before it.
     */
    AnchoredPattern countingInSentence() {
        return new AnchoredPattern(pattern, anchors, required, reach, true);
    }

    /** The plain expression: {@code pattern().matcher(text).find()} finds what {@link #find} finds. */
    Pattern pattern() {
        return pattern;
    }

    /** The first match in the text, or null. */
    Matcher find(String text) {
        int[] next = new int[anchors.length];
        for (int i = 0; i < anchors.length; i++) {
            next[i] = indexOf(text, anchors[i], 0);
        }
        Matcher m = null;
        int from = 0;
        NextDigit digits = counting ? new NextDigit(text) : null;
        while (true) {
            int at = -1;
            int anchor = -1;
            for (int i = 0; i < anchors.length; i++) {
                if (next[i] >= 0 && next[i] < from) {
                    next[i] = indexOf(text, anchors[i], from);
                }
                if (next[i] >= 0 && (at < 0 || next[i] < at)) {
                    at = next[i];
                    anchor = i;
                }
            }
            if (at < 0) {
                return null;
            }
            int anchorEnd = at + anchors[anchor].length();
            if (holdsRequired(text, at, anchorEnd) && (digits == null || digits.inSentence(anchorEnd))) {
                m = m != null ? m : pattern.matcher(text);
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return m;
                }
            }
            from = at + 1;
        }
    }

    private boolean holdsRequired(String text, int start, int anchorEnd) {
        if (required == null) {
            return true;
        }
        int last = Math.min(anchorEnd + reach, text.length() - required.length());
        for (int i = start; i <= last; i++) {
            if (text.charAt(i) == required.charAt(0) && text.startsWith(required, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an ASCII digit comes before the end of the sentence (。 or ；); the places asked about mostly move
     * forward, so the text is scanned once, not once per place.
     */
    private static final class NextDigit {
        private final String text;
        private int scannedFrom = Integer.MAX_VALUE;
        /** The first digit and the first sentence end at or after scannedFrom (text.length() when none). */
        private int digit;
        private int stop;

        NextDigit(String text) {
            this.text = text;
        }

        boolean inSentence(int from) {
            if (from < scannedFrom) {
                digit = next(from, true);
                stop = next(from, false);
            } else {
                digit = from > digit ? next(from, true) : digit;
                stop = from > stop ? next(from, false) : stop;
            }
            scannedFrom = from;
            return digit < stop;
        }

        private int next(int from, boolean wantDigit) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (wantDigit ? c >= '0' && c <= '9' : c == '。' || c == '；') {
                    return i;
                }
            }
            return text.length();
        }
    }

    /** String.indexOf(word, from), found through the word's first character, which the JDK looks for faster. */
    static int indexOf(String text, String word, int from) {
        char first = word.charAt(0);
        for (int i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, i + 1)) {
            if (text.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }
}
