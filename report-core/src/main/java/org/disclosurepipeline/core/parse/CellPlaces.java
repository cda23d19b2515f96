package org.disclosurepipeline.core.parse;

import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;

/**
 * Where a row's cells stand when blank cells at both ends of its values leave {@link CellRange#fit} in doubt (政府集中采购
 * with its count blank and an empty fourth cell: {@code 政府集中采购\t\t12.5\t}). Two things settle it, each only when
 * it holds without doubt:
 * <ul>
 * <li>the label's row holds exactly as many cells after the label as the row has columns, and as many cells in all
 * as the headings' rows above it: each is one of them;</li>
 * <li>the rows above name the row's columns (信息内容 | 采购项目数量 | 采购总金额): each cell is the one at its heading's
 * place ({@link Token#column}), provided the headings' rows have as many cells as the row, the headings stand in the
 * columns' order after the label's place, every cell found there can be a value, and nothing else in the row holds
 * one.</li>
 * </ul>
 * A row left blank in every cell (上海市人民政府办公厅 2019 leaves whole rows of T3 as {@code &nbsp;}) holds no number
 * in any place: when its line has at least as many cells after the label as the row has columns and no numbers follow
 * on lines of their own, each of its cells is empty ({@link #blankRow}).
 * <p>
 * A converter that keeps every cell of a table (Word and web tables as tab-separated rows) keeps these places.
 */
final class CellPlaces {

    private CellPlaces() {
    }

    /** The row's cells, one per column, for the label at {@code labelAt}; null when their places are in doubt. */
    static Token[] of(Token[] tokens, int labelAt, RowDef row) {
        int rowEnd = rowEnd(tokens, labelAt);
        Token label = tokens[labelAt];
        Token last = tokens[rowEnd - 1];
        if (!placesKept(tokens, labelAt, rowEnd)) {
            return null; // places not kept, or not one cell per place
        }
        Token[] blank = blankRow(tokens, labelAt, rowEnd, row);
        if (blank != null) {
            return blank;
        }
        int rowNo = label.row();
        int rowStart = labelAt;
        while (rowStart > 0 && tokens[rowStart - 1].row() == rowNo) {
            rowStart--;
        }
        // the row has as many cells as the headings' rows: none was lost, so each stands in its place
        int width = last.column() + 1;
        if (rowEnd - labelAt - 1 == row.width() && allValueCells(tokens, labelAt + 1, rowEnd)
                && headingRowWidth(tokens, rowStart) == width) {
            Token[] cells = new Token[row.width()];
            System.arraycopy(tokens, labelAt + 1, cells, 0, cells.length);
            return cells;
        }
        int[] places = headingPlaces(tokens, rowStart, row, width);
        if (places == null || places[0] <= label.column() || places[places.length - 1] > last.column()) {
            return null;
        }
        Token[] cells = new Token[row.width()];
        int next = 0;
        for (int i = labelAt + 1; i < rowEnd; i++) {
            boolean column = next < places.length && tokens[i].column() == places[next];
            if (column && CellRange.isValueCell(tokens[i])) {
                cells[next++] = tokens[i];
            } else if (column || !tokens[i].isBlank()) {
                return null; // a heading over a label, or a value under no heading
            }
        }
        return next == places.length ? cells : null;
    }

    /**
     * The cells of the label's row when every one of them is blank: as many as the row has columns, each empty. Null
     * unless the row's places are kept, it holds at least that many cells after its label, and what follows it is
     * no value (numbers printed on lines of their own would be the row's).
     */
    static Token[] blankRow(Token[] tokens, int labelAt, RowDef row) {
        int rowEnd = rowEnd(tokens, labelAt);
        return placesKept(tokens, labelAt, rowEnd) ? blankRow(tokens, labelAt, rowEnd, row) : null;
    }

    private static Token[] blankRow(Token[] tokens, int labelAt, int rowEnd, RowDef row) {
        if (rowEnd - labelAt - 1 < row.width() || rowEnd < tokens.length && CellRange.isValueCell(tokens[rowEnd])) {
            return null;
        }
        for (int i = labelAt + 1; i < rowEnd; i++) {
            if (!tokens[i].isBlank()) {
                return null;
            }
        }
        Token[] cells = new Token[row.width()];
        System.arraycopy(tokens, labelAt + 1, cells, 0, cells.length);
        return cells;
    }

    /** Where the row of the label at {@code labelAt} ends: the first token of another row, or the end. */
    private static int rowEnd(Token[] tokens, int labelAt) {
        int rowNo = tokens[labelAt].row();
        int rowEnd = labelAt + 1;
        while (rowEnd < tokens.length && tokens[rowEnd].row() == rowNo) {
            rowEnd++;
        }
        return rowEnd;
    }

    /** True when the row keeps its cells' places (tab rows) and holds one cell per place after the label. */
    private static boolean placesKept(Token[] tokens, int labelAt, int rowEnd) {
        return tokens[labelAt].column() >= 0
                && tokens[rowEnd - 1].column() - tokens[labelAt].column() == rowEnd - labelAt - 1;
    }

    private static boolean allValueCells(Token[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CellRange.isValueCell(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /** How many cells the nearest row above {@code before} that holds no value has (its places kept), or -1. */
    private static int headingRowWidth(Token[] tokens, int before) {
        int end = before;
        while (end > 0) {
            int start = rowStart(tokens, end - 1);
            if (!holdsValue(tokens, start, end)) {
                return tokens[end - 1].column() < 0 ? -1 : tokens[end - 1].column() + 1;
            }
            end = start;
        }
        return -1;
    }

    private static int rowStart(Token[] tokens, int at) {
        int start = at;
        while (start > 0 && tokens[start - 1].row() == tokens[at].row()) {
            start--;
        }
        return start;
    }

    /**
     * For each column, its place in the nearest row above (holding no value, and as many cells as the data row) that
     * names it; null when a column is named nowhere, twice in one row, in a row of another width, or the places do
     * not follow the columns' order.
     */
    private static int[] headingPlaces(Token[] tokens, int before, RowDef row, int width) {
        int columns = row.width();
        String[] headings = new String[columns];
        for (int c = 0; c < columns; c++) {
            ColumnDef column = row.columns().get(c);
            headings[c] = Labels.words(column.label());
        }
        int[] places = new int[columns];
        java.util.Arrays.fill(places, -1);
        int missing = columns;
        int end = before;
        while (end > 0 && missing > 0) {
            int start = rowStart(tokens, end - 1);
            if (!holdsValue(tokens, start, end)) {
                int[] found = new int[columns];
                java.util.Arrays.fill(found, -1);
                boolean named = false;
                for (int i = start; i < end; i++) {
                    if (tokens[i].column() < 0) {
                        return null;
                    }
                    String words = tokens[i].labelWords();
                    for (int c = 0; c < columns; c++) {
                        if (places[c] < 0 && words.equals(headings[c])) {
                            if (found[c] >= 0) {
                                return null;
                            }
                            found[c] = tokens[i].column();
                            named = true;
                        }
                    }
                }
                if (named && tokens[end - 1].column() + 1 != width) {
                    return null;
                }
                for (int c = 0; c < columns; c++) {
                    if (found[c] >= 0) {
                        places[c] = found[c];
                        missing--;
                    }
                }
            }
            end = start;
        }
        for (int c = 0; c < columns; c++) {
            if (places[c] < 0 || c > 0 && places[c] <= places[c - 1]) {
                return null;
            }
        }
        return places;
    }

    private static boolean holdsValue(Token[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens[i].isValue()) {
                return true;
            }
        }
        return false;
    }
}
