package org.disclosurepipeline.core.parse;

import java.util.List;

/** The cells of one table's region of the document, and where the region starts. */
record TableRegion(List<Token> tokens, int firstLine) {

    static TableRegion of(DocumentLines doc, int from, int to) {
        List<String> lines = doc.lines().subList(from, to);
        List<Token> tokens = SpacedRows.applies(lines) ? SpacedRows.tokenize(lines, from + 1)
                : CellTokenizer.tokenize(lines, from + 1);
        return new TableRegion(tokens, from + 1);
    }

    boolean contains(String words) {
        return tokens.stream().anyMatch(t -> t.labelWords().contains(words));
    }
}
