package org.disclosurepipeline.core.parse;

import java.util.List;

/** The cells of one table's region of the document, and where the region starts. */
record TableRegion(List<Token> tokens, int firstLine) {

    static TableRegion of(DocumentLines doc, int from, int to) {
        return new TableRegion(CellTokenizer.tokenize(doc.lines().subList(from, to), from + 1), from + 1);
    }

    boolean contains(String words) {
        return tokens.stream().anyMatch(t -> Labels.words(t.text()).contains(words));
    }
}
