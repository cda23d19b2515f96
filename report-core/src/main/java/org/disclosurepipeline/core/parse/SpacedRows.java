package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Cells of a table laid out with spaces, as {@code pdftotext -layout} prints a PDF. Rebuilds the rows the layout
 * broke: a label wrapped over lines is joined again whether its numbers sit on its first, middle or a line of their
 * own; characters of a vertical group label (三、/本/年/度…) and page numbers (-3-) are dropped.
 */
final class SpacedRows {

    private static final Pattern GAP = Pattern.compile(" {2,}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]\\s*\\d{1,3}\\s*[-—–]$|^第\\s*\\d{1,3}\\s*页.*");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+\\s*[.．、])");
    private static final List<String> KNOWN_LABELS = knownLabels();

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
            rows.line(new String(chars, first, last - first), i + 1);
        }
        rows.flush();
        return rows.tokens;
    }

    private void line(String line, int lineNo) {
        if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
            return;
        }
        List<String> cells = new ArrayList<>(List.of(GAP.split(line)));
        while (cells.size() > 1 && isFragment(cells.get(0)) && !Cells.looksLikeValue(cells.get(1))) {
            cells.remove(0);
        }
        if (cells.size() == 1 && isFragment(cells.get(0))) {
            return;
        }
        int firstValue = 0;
        while (firstValue < cells.size() && !Cells.looksLikeValue(cells.get(firstValue))) {
            firstValue++;
        }
        List<String> texts = cells.subList(0, firstValue);
        List<String> values = cells.subList(firstValue, cells.size());
        boolean valuesTrail = values.stream().allMatch(Cells::looksLikeValue);
        if (!texts.isEmpty() && startsLabel(texts.get(0))) {
            flush();
        }
        if (!values.isEmpty() && valuesTrail) {
            dataRow(texts, values, lineNo);
        } else if (texts.size() == 1) {
            textLine(texts.get(0), lineNo);
        } else {
            flush();
            emit(cells, lineNo);
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
        openLabel = labelIndex >= 0 && !isKnownLabel(tokens.get(labelIndex).text()) ? labelIndex : -1;
    }

    private void textLine(String text, int lineNo) {
        if (pending != null) {
            pending += text;
        } else if (openLabel >= 0 && !startsLabel(text)) {
            Token label = tokens.get(openLabel);
            tokens.set(openLabel, new Token(label.text() + text, label.line(), label.row()));
            if (isKnownLabel(label.text() + text)) {
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
    private static boolean isFragment(String cell) {
        return cell.length() <= 3 && !Cells.looksLikeValue(cell) && Labels.words(cell).length() <= 1;
    }

    private static boolean startsLabel(String text) {
        if (NUMBERED.matcher(text).find()) {
            return true;
        }
        String words = Labels.words(text);
        return words.length() >= 2 && KNOWN_LABELS.stream().anyMatch(l -> l.startsWith(words));
    }

    private static boolean isKnownLabel(String text) {
        String words = Labels.words(text);
        return KNOWN_LABELS.stream().anyMatch(l -> Labels.matches(words, l) || l.length() >= 4 && words.endsWith(l));
    }

    private static List<String> knownLabels() {
        List<String> labels = new ArrayList<>();
        for (RowDef row : TemplateCatalog.allRows()) {
            labels.add(Labels.words(row.label()));
        }
        TemplateCatalog.APPLICATION_GROUP_HEADINGS.forEach(h -> labels.add(Labels.words(h)));
        return List.copyOf(labels);
    }
}
