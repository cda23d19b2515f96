package org.disclosurepipeline.core.rules.crossyear;

import java.util.HashSet;
import java.util.Set;

/**
 * How much of one text repeats another: the share of its 8-character runs (digits, spaces and punctuation left
 * out, so that a new year or count does not hide a copied sentence) that also occur in the other. Eight
 * characters are longer than the stock phrases every report shares (政府信息公开工作): between the reports of two
 * different townships the share stays under 20%.
 */
final class Repetition {

    static final int RUN = 8;

    private Repetition() {
    }

    /** The share (0..1) of {@code text} found in {@code earlier}; 0 when the text is too short to tell. */
    static double share(String text, String earlier) {
        String now = normalise(text);
        String before = normalise(earlier);
        if (now.length() < RUN || before.length() < RUN) {
            return 0;
        }
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= before.length(); i++) {
            runs.add(before.substring(i, i + RUN));
        }
        int repeated = 0;
        int total = now.length() - RUN + 1;
        for (int i = 0; i < total; i++) {
            if (runs.contains(now.substring(i, i + RUN))) {
                repeated++;
            }
        }
        return (double) repeated / total;
    }

    /** Letters only: no digits, spaces or punctuation. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }
}
