package org.disclosurepipeline.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters into lines of text. Spaces come from the gaps between characters, not from their absolute position: a
 * document whose font is drawn a little wider or narrower than its nominal size (Word and WPS exports, justified
 * lines) must not get spaces inside its words, and a gap of an em or more between two columns must stay a gap.
 */
final class TextLines {

    /** A gap of this many ems or more separates columns: at least two spaces, where the parser splits cells. */
    private static final float COLUMN_GAP = 0.8f;
    /** A gap of this many ems or more separates words. */
    private static final float WORD_GAP = 0.25f;

    private TextLines() {
    }

    /** The glyphs grouped into lines, top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float baseline = 0;
        for (Glyph g : sorted) {
            if (line == null || g.baseline() - baseline > 0.35f * g.em()) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = g.baseline();
            }
            line.add(g);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /**
     * A line as printed: indented and with its column gaps at the column their x position gives (half an em per
     * column, a Chinese character two), as {@code pdftotext -layout} lays it out; words and characters that touch
     * are written together however far their drawn width drifts from the nominal one.
     */
    static String laidOut(List<Glyph> line) {
        StringBuilder out = new StringBuilder(line.size() + 16);
        int[] column = {0};
        visit(line, (g, gap, space) -> {
            int target = Math.round(g.x() / (g.em() / 2));
            int spaces = Float.isNaN(gap) ? target
                    : gap >= COLUMN_GAP * g.em() ? Math.max(2, target - column[0])
                    : gap >= WORD_GAP * g.em() || space ? 1 : 0;
            for (int i = 0; i < spaces; i++) {
                out.append(' ');
            }
            out.append(g.text());
            column[0] += spaces + width(g.text());
        });
        return out.toString();
    }

    /** The text of a table cell: its lines joined without a break, words separated by one space. */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder out = new StringBuilder(glyphs.size());
        for (List<Glyph> line : lines(glyphs)) {
            visit(line, (g, gap, space) -> {
                if (!Float.isNaN(gap) && (space || gap >= 2 * WORD_GAP * g.em())) {
                    out.append(' ');
                }
                out.append(g.text());
            });
        }
        return out.toString();
    }

    /** What is done with each visible glyph of a line. */
    private interface Visitor {
        /**
         * @param gap   from the right edge of the glyph before (NaN for the first)
         * @param space whether space glyphs stood between the two
         */
        void glyph(Glyph g, float gap, boolean space);
    }

    private static void visit(List<Glyph> line, Visitor visitor) {
        float right = Float.NaN;
        boolean space = false;
        for (Glyph g : line) {
            if (g.isSpace()) {
                space = true;
                continue;
            }
            visitor.glyph(g, g.x() - right, space);
            right = g.right();
            space = false;
        }
    }

    /** Display columns: a Chinese character (or any from the CJK blocks on) takes two. */
    private static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return columns;
    }
}
