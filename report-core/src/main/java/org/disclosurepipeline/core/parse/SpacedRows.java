package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells of a table laid out with spaces, as {@code pdftotext -layout} prints a PDF. Rebuilds the rows the layout
 * broke: a label wrapped over lines is joined again whether its numbers sit on its first, middle or a line of their
 * own; characters of a vertical group label (三、/本/年/度…) and page numbers (-3-) are dropped.
 */
final class SpacedRows {


    private final List<Token> tokens = new ArrayList<>();
    private int row;
    private String pending;
    private int pendingLine;
    /** Index in tokens of the label of the last row with values, while its label may still continue. */
    private int openLabel = -1;

    private SpacedRows() {
    }

    /** True when lines [from, to) look like a space-aligned layout: no tabs, and several lines with column gaps. */
    static boolean applies(DocumentLines doc, int from, int to) {
        char[] chars = doc.chars();
        int gapped = 0;
        for (int i = from; i < to; i++) {
            int start = doc.start(i);
            int end = doc.end(i);
            if (Chars.indexOf(chars, '\t', start, end) >= 0) {
                return false;
            }
            int first = Chars.skipWhitespace(chars, start, end);
            if (Chars.indexOfSpaceGap(chars, first, Chars.skipWhitespaceBack(chars, first, end)) >= 0) {
                gapped++;
            }
        }
        return gapped >= 3;
    }

    /** The cells of lines [from, to) of the document. */
    static List<Token> tokenize(DocumentLines doc, int from, int to) {
        char[] chars = doc.chars();
        SpacedRows rows = new SpacedRows();
        for (int i = from; i < to; i++) {
            int first = Chars.skipWhitespace(chars, doc.start(i), doc.end(i));
            int last = Chars.skipWhitespaceBack(chars, first, doc.end(i));
            if (first < last && !PageNumbers.isPageNumber(chars, first, last)) {
                rows.line(splitAtGaps(chars, first, last), doc.lineNumber(i));
            }
        }
        rows.flush();
        return rows.tokens;
    }

    /** One line's cells: fragments of a vertical label dropped, then texts and values told apart. */
    private void line(List<String> cells, int lineNo) {
        boolean[] value = new boolean[cells.size()];
        for (int c = 0; c < value.length; c++) {
            value[c] = Cells.looksLikeValue(cells.get(c));
        }
        int start = 0;
        while (cells.size() - start > 1 && isFragment(cells.get(start), value[start]) && !value[start + 1]) {
            start++;
        }
        if (cells.size() - start == 1 && isFragment(cells.get(start), value[start])) {
            return;
        }
        int firstValue = start;
        while (firstValue < cells.size() && !value[firstValue]) {
            firstValue++;
        }
        List<String> texts = cells.subList(start, firstValue);
        List<String> values = cells.subList(firstValue, cells.size());
        boolean valuesTrail = true;
        for (int c = firstValue; c < value.length; c++) {
            valuesTrail &= value[c];
        }
        if (!texts.isEmpty() && KnownLabels.startsLabel(texts.get(0))) {
            flush();
        }
        if (!values.isEmpty() && valuesTrail) {
            dataRow(texts, values, lineNo);
        } else if (texts.size() == 1) {
            textLine(texts.get(0), lineNo);
        } else {
            flush();
            emit(cells.subList(start, cells.size()), lineNo);
        }
    }

    private void dataRow(List<String> texts, List<String> values, int lineNo) {
        List<String> cells = new ArrayList<>(texts);
        if (pending != null) {
            if (cells.isEmpty()) {
                cells.add(pending);
            } else {
                cells.set(0, pending + cells.get(0));
            }
            pending = null;
        }
        int labelIndex = cells.isEmpty() ? -1 : tokens.size() + cells.size() - 1;
        cells.addAll(values);
        emit(cells, lineNo);
        openLabel = labelIndex >= 0 && !KnownLabels.isLabel(tokens.get(labelIndex).text()) ? labelIndex : -1;
    }

    private void textLine(String text, int lineNo) {
        if (pending != null) {
            pending += text;
        } else if (openLabel >= 0 && !KnownLabels.startsLabel(text)) {
            Token label = tokens.get(openLabel);
            tokens.set(openLabel, new Token(label.text() + text, label.line(), label.row()));
            if (KnownLabels.isLabel(label.text() + text)) {
                openLabel = -1;
            }
        } else {
            pending = text;
            pendingLine = lineNo;
        }
    }

    private void flush() {
        if (pending != null) {
            tokens.add(new Token(pending, pendingLine, row++));
            pending = null;
        }
        openLabel = -1;
    }

    private void emit(List<String> cells, int lineNo) {
        for (String cell : cells) {
            tokens.add(new Token(cell.strip(), lineNo, row));
        }
        row++;
        openLabel = -1;
    }

    /** One or two characters that are not a label on their own: a piece of a vertical label. */
    private static boolean isFragment(String cell, boolean value) {
        return cell.length() <= 3 && !value && Labels.words(cell).length() <= 1;
    }

    /** The cells of chars[from, to) between runs of two or more spaces, as split(" {2,}") gives them. */
    private static List<String> splitAtGaps(char[] chars, int from, int to) {
        List<String> cells = new ArrayList<>(8);
        int cellStart = from;
        int i = from;
        while (i < to) {
            if (chars[i] == ' ' && i + 1 < to && chars[i + 1] == ' ') {
                cells.add(Chars.string(chars, cellStart, i));
                while (i < to && chars[i] == ' ') {
                    i++;
                }
                cellStart = i;
            } else {
                i++;
            }
        }
        if (cellStart < to || cells.isEmpty()) {
            cells.add(Chars.string(chars, cellStart, to));
        }
        return cells;
    }
}
