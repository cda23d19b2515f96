package org.disclosurepipeline.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression every match of which starts with one of a few literal words. Looking for those words first
 * (String.indexOf is fast) and trying the expression only there is many times quicker than letting the regex engine
 * try every position of a long text; the first match is the same.
 */
final class AnchoredPattern {

    private final Pattern pattern;
    private final String[] anchors;

    private AnchoredPattern(Pattern pattern, String[] anchors) {
        this.pattern = pattern;
        this.anchors = anchors;
    }

    /** @param anchors the words every match starts with */
    static AnchoredPattern of(String regex, String... anchors) {
        return new AnchoredPattern(Pattern.compile(regex), anchors);
    }

    /** The first match in the text, or null. */
    Matcher find(String text) {
        int[] next = new int[anchors.length];
        for (int i = 0; i < anchors.length; i++) {
            next[i] = text.indexOf(anchors[i]);
        }
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (true) {
            int at = -1;
            for (int i = 0; i < anchors.length; i++) {
                if (next[i] >= 0 && next[i] < from) {
                    next[i] = text.indexOf(anchors[i], from);
                }
                if (next[i] >= 0 && (at < 0 || next[i] < at)) {
                    at = next[i];
                }
            }
            if (at < 0) {
                return null;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                return m;
            }
            from = at + 1;
        }
    }
}
