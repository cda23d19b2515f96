package org.disclosurepipeline.core.parse;

/**
 * A run of a table's cells, tokens[from, to): the values found after a label. Index ranges rather than list views,
 * so that reading a row allocates nothing and every call site sees one kind of object.
 */
record CellRange(int from, int to) {

    /**
     * The cells that belong to the label at {@code at}: the rest of its row, or, when its row holds no value, the
     * next rows made only of values (numbers printed on a line of their own).
     */
    static CellRange after(Token[] tokens, int at) {
        int row = tokens[at].row();
        int from = at + 1;
        int i = from;
        while (i < tokens.length && tokens[i].row() == row && isValueCell(tokens[i])) {
            i++;
        }
        CellRange sameRow = new CellRange(from, i);
        if (sameRow.hasNonBlank(tokens)) {
            return sameRow;
        }
        while (i < tokens.length && isValueCell(tokens[i])) {
            i++;
        }
        return new CellRange(sameRow.to, i);
    }

    int size() {
        return to - from;
    }

    boolean hasNonBlank(Token[] tokens) {
        for (int i = from; i < to; i++) {
            if (!tokens[i].isBlank()) {
                return true;
            }
        }
        return false;
    }

    boolean hasValue(Token[] tokens) {
        for (int i = from; i < to; i++) {
            if (tokens[i].isValue()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chooses which of the cells are a row's {@code width} cells: interior blanks are empty cells; leading or
     * trailing blanks are used only when they can sit on one side alone. Returns null when that is ambiguous.
     */
    CellRange fit(Token[] tokens, int width) {
        int first = from;
        int last = to - 1;
        while (first <= last && tokens[first].isBlank()) {
            first++;
        }
        while (last >= first && tokens[last].isBlank()) {
            last--;
        }
        if (first > last) {
            return size() >= width ? new CellRange(from, from + width) : null;
        }
        int core = last - first + 1;
        if (core >= width) {
            return core == width ? new CellRange(first, last + 1) : null;
        }
        int missing = width - core;
        int leading = first - from;
        int trailing = to - 1 - last;
        if (trailing == 0 && leading >= missing) {
            return new CellRange(first - missing, last + 1);
        }
        if (leading == 0 && trailing >= missing) {
            return new CellRange(first, last + 1 + missing);
        }
        return null;
    }

    /**
     * A value cell holds a number, an empty mark, or something else that stands in a number's place: a short text
     * with digits (3件) or one no label is made of (l, O, x), read as an invalid value so that the row keeps its
     * other cells where they are.
     */
    static boolean isValueCell(Token t) {
        return t.isBlank() || t.isValue() || t.length() <= 10 && t.hasDigit() && !t.startsAsNumberedLabel()
                || t.isDamagedValue();
    }
}
