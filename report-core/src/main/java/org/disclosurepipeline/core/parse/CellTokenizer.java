package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of a table region into cells, whatever way the converter laid the table out:
 * <ul>
 * <li>one cell per line, each line starting with a tab, rows separated by blank lines (Word → text);</li>
 * <li>one row per line with tab-separated cells;</li>
 * <li>columns aligned with runs of spaces (PDF → text), one row per line.</li>
 * </ul>
 * A line that neither starts with a tab nor holds several cells continues the previous cell (a header cell split
 * over lines, 本年\n制发件数).
 * <p>
 * It works on offsets into the document's characters: only the cells themselves become strings.
 */
final class CellTokenizer {

    private final char[] chars;
    private final List<Token> tokens;
    /** The cells of the current line, as pairs of offsets [start, end). */
    private int[] cells = new int[32];
    private int cellCount;
    /** True when the current line's cells were cut at runs of spaces, which keep no empty cells and so no places. */
    private boolean spaceAligned;

    private CellTokenizer(char[] chars, int expectedTokens) {
        this.chars = chars;
        this.tokens = new ArrayList<>(expectedTokens);
    }

    /** The cells of lines [from, to) of the document. */
    static List<Token> tokenize(DocumentLines doc, int from, int to) {
        // a line holds one cell (one per line) or several (tab rows): room for two each is seldom outgrown
        CellTokenizer tokenizer = new CellTokenizer(doc.chars(), 2 * (to - from) + 16);
        tokenizer.lines(doc, from, to);
        return tokenizer.tokens;
    }

    private void lines(DocumentLines doc, int from, int to) {
        int row = 0;
        int rowCells = 0;
        boolean rowOpen = false;
        for (int i = from; i < to; i++) {
            int start = doc.start(i);
            int end = doc.end(i);
            int lineNo = doc.lineNumber(i);
            boolean tabbed = start < end && chars[start] == '\t';
            if (!tabbed && Chars.isBlank(chars, start, end) && Chars.indexOf(chars, '\t', start, end) < 0) {
                if (rowOpen) {
                    row++;
                    rowOpen = false;
                    rowCells = 0;
                }
                continue;
            }
            splitCells(tabbed ? start + 1 : start, end);
            boolean cellPerLine = tabbed && cellCount == 1;
            if (!tabbed && cellCount == 1 && rowOpen && !tokens.isEmpty()) {
                Token last = tokens.get(tokens.size() - 1);
                Token next = cell(cells[0], cells[1], lineNo, row, -1);
                if (!last.isBlank() && !next.isBlank() && !last.isValue() && !next.isValue()) {
                    // only words continue a cell: a number on a line of its own is a cell of its own
                    tokens.set(tokens.size() - 1,
                            new Token(last.text() + next.text(), last.line(), last.row(), last.column()));
                    continue;
                }
            }
            if (!cellPerLine && rowOpen) {
                row++;
                rowCells = 0;
            }
            // a tab row's leading tab is its first, empty cell: the places of the others count it
            int column = cellPerLine ? rowCells : tabbed ? 1 : 0;
            for (int c = 0; c < cellCount; c++) {
                tokens.add(cell(cells[2 * c], cells[2 * c + 1], lineNo, row, spaceAligned ? -1 : column + c));
            }
            rowCells = cellPerLine ? rowCells + 1 : 0;
            rowOpen = true;
            if (!cellPerLine) {
                row++;
                rowOpen = false;
                rowCells = 0;
            }
        }
    }

    /** The cells of a line's body [start, end): tab-separated, else space-aligned columns, else the whole body. */
    private void splitCells(int start, int end) {
        cellCount = 0;
        spaceAligned = false;
        // one look at the body: a tab makes tab cells; two spaces in a row may make space-aligned columns
        boolean twoSpaces = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '\t') {
                splitAtTabs(start, end);
                return;
            }
            twoSpaces |= c == ' ' && i + 1 < end && chars[i + 1] == ' ';
        }
        int first = twoSpaces ? Chars.skipWhitespace(chars, start, end) : start;
        int last = twoSpaces ? Chars.skipWhitespaceBack(chars, first, end) : end;
        if (!twoSpaces || Chars.indexOfSpaceGap(chars, first, last) < 0) {
            add(start, end);
            return;
        }
        // columns aligned with runs of two or more spaces
        spaceAligned = true;
        int cellStart = first;
        int i = first;
        while (i < last) {
            if (chars[i] == ' ' && i + 1 < last && chars[i + 1] == ' ') {
                add(cellStart, i);
                while (i < last && chars[i] == ' ') {
                    i++;
                }
                cellStart = i;
            } else {
                i++;
            }
        }
        add(cellStart, last);
    }

    private void splitAtTabs(int start, int end) {
        int cellStart = start;
        for (int i = start; i < end; i++) {
            if (chars[i] == '\t') {
                add(cellStart, i);
                cellStart = i + 1;
            }
        }
        add(cellStart, end);
    }

    private void add(int start, int end) {
        if (2 * cellCount + 2 > cells.length) {
            cells = java.util.Arrays.copyOf(cells, cells.length * 2);
        }
        cells[2 * cellCount] = start;
        cells[2 * cellCount + 1] = end;
        cellCount++;
    }

    /** The cell [start, end) without the control characters and spaces around it, as String.trim() cuts. */
    private Token cell(int start, int end, int lineNo, int row, int column) {
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        return new Token(chars, start, end, lineNo, row, column);
    }
}
