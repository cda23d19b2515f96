package org.disclosurepipeline.core.parse;

/**
 * One cell of a table as read from text. What the readers ask of a cell again and again is worked out once: whether
 * it looks like a value when the cell is made; its words and digits glued to a label when first asked for. A label
 * read from the document keeps its place in the document's characters and becomes a string of its own only if
 * someone asks for its text (mostly nobody does: its words are what the readers compare).
 */
final class Token {

    /** The document's characters and the cell's range in them; null when the text was given. */
    private final char[] chars;
    private final int start;
    private final int end;
    private String text;
    private final int line;
    private final int row;
    /** The cell's place in its row, counting the row's empty cells; -1 where the layout does not keep places. */
    private final int column;
    private final boolean value;
    /** Worked out when first asked for: a label's glued digits (or NOT_GLUED) and its words. */
    private GluedCells.LabelAndDigits glued;
    private String labelWords;

    /**
     * @param text the cell's text, trimmed ("" for a blank cell)
     * @param line 1-based line number in the document
     * @param row  index of the table row (a line, or a block of lines) the cell belongs to
     */
    Token(String text, int line, int row) {
        this(text, line, row, -1);
    }

    /** @param column the cell's place in its row, counting empty cells, or -1 when unknown */
    Token(String text, int line, int row, int column) {
        this.chars = null;
        this.start = 0;
        this.end = text.length();
        this.text = text;
        this.line = line;
        this.row = row;
        this.column = column;
        this.value = !text.isEmpty() && Cells.looksLikeValue(text);
    }

    /** The cell chars[start, end) of a document, trimmed, at place {@code column} of its row (-1: unknown). */
    Token(char[] chars, int start, int end, int line, int row, int column) {
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.line = line;
        this.row = row;
        this.column = column;
        this.value = start < end && Cells.looksLikeValue(chars, start, end);
        // values are read as numbers from their text: made now, shared for single digits
        this.text = value || start == end ? Chars.string(chars, start, end) : null;
    }

    String text() {
        if (text == null) {
            text = new String(chars, start, end - start);
        }
        return text;
    }

    int length() {
        return end - start;
    }

    char charAt(int index) {
        return text != null ? text.charAt(index) : chars[start + index];
    }

    int line() {
        return line;
    }

    int row() {
        return row;
    }

    /** The cell's place in its row, counting the row's empty cells (tab-separated rows keep them); -1 if unknown. */
    int column() {
        return column;
    }

    boolean isBlank() {
        return start == end;
    }

    /** True when the cell holds a number, a dash, a slash or 无. */
    boolean isValue() {
        return value;
    }

    /** Digits glued to the end of a label (规章000), or null. */
    GluedCells.LabelAndDigits glued() {
        if (glued == null) {
            glued = isBlank() || value || !endsInNumberChar() ? NOT_GLUED : GluedCells.split(text());
            glued = glued != null ? glued : NOT_GLUED;
        }
        return glued == NOT_GLUED ? null : glued;
    }

    private static final GluedCells.LabelAndDigits NOT_GLUED = new GluedCells.LabelAndDigits("", "", null);

    /**
     * True when the last character that is not white space may end a number, or ends a unit of money (元, 万元) right
     * after one: without it nothing is glued.
     */
    private boolean endsInNumberChar() {
        int last = skipWhitespaceBack(length() - 1);
        if (last >= 0 && charAt(last) == '元') {
            last = skipWhitespaceBack(last > 0 && charAt(last - 1) == '万' ? last - 2 : last - 1);
        }
        return last >= 0 && GluedCells.isNumberChar(charAt(last));
    }

    private int skipWhitespaceBack(int last) {
        while (last >= 0 && Chars.isWhitespace(charAt(last))) {
            last--;
        }
        return last;
    }

    /** The words of the cell as a label, without numbering or glued digits ("" for values and blanks). */
    String labelWords() {
        if (labelWords == null) {
            GluedCells.LabelAndDigits split = glued();
            labelWords = isBlank() || value ? ""
                    : split != null ? Labels.words(split.label())
                    : text != null ? Labels.words(text) : Labels.words(chars, start, end);
        }
        return labelWords;
    }

    /** True when the cell holds an ASCII or other digit (Character.isDigit). */
    boolean hasDigit() {
        for (int i = 0; i < length(); i++) {
            if (Character.isDigit(charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the cell holds a short text of Latin letters, digits and marks only, or a digit's look-alike (a
     * letter l or O typed for 1 or 0, 〇): no label is written so, so it stands where a number should and is read as
     * an invalid value in its place.
     */
    boolean isDamagedValue() {
        if (isBlank() || value || length() > 10) {
            return false;
        }
        boolean letterOrDigit = false;
        for (int i = 0; i < length(); i++) {
            char c = charAt(i);
            if (Cells.lookAlikeDigit(c) >= 0 || c < 0x80 && Character.isLetterOrDigit(c)) {
                letterOrDigit = true;
            } else if (c >= 0x80) {
                return false;
            }
        }
        return letterOrDigit && !startsAsNumberedLabel();
    }

    /** True when the cell starts as a numbered label does: digits, maybe spaces, then '.' or '、' (1.属于国家秘密). */
    boolean startsAsNumberedLabel() {
        int i = 0;
        while (i < length() && Chars.isAsciiDigit(charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < length() && Chars.isPatternSpace(charAt(i))) {
            i++;
        }
        return i < length() && (charAt(i) == '.' || charAt(i) == '、');
    }

    @Override
    public String toString() {
        return "Token[" + text() + " @" + line + "/" + row + "]";
    }
}
