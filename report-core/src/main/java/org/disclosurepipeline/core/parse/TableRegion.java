package org.disclosurepipeline.core.parse;

import java.util.List;

/** The cells of one table's region of the document, and where the region starts. */
record TableRegion(List<Token> tokens, int firstLine) {

    /** The region of lines [from, to) (0-based). */
    static TableRegion of(DocumentLines doc, int from, int to) {
        List<Token> tokens = SpacedRows.applies(doc, from, to) ? SpacedRows.tokenize(doc, from, to)
                : CellTokenizer.tokenize(doc, from, to);
        return new TableRegion(tokens, from + 1);
    }

    /** True when some cell's words contain one of these words. */
    boolean containsAny(List<String> words) {
        for (Token t : tokens) {
            String labelWords = t.labelWords();
            for (String w : words) {
                if (labelWords.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
