package org.disclosurepipeline.core.parse;

/**
 * One cell of a table as read from text. What the readers ask of a cell again and again (its words, whether it
 * looks like a value, digits glued to a label) is worked out once, when the cell is made.
 */
final class Token {

    private final String text;
    private final int line;
    private final int row;
    private final boolean value;
    private final GluedCells.LabelAndDigits glued;
    private final String labelWords;

    /**
     * @param text the cell's text, trimmed ("" for a blank cell)
     * @param line 1-based line number in the document
     * @param row  index of the table row (a line, or a block of lines) the cell belongs to
     */
    Token(String text, int line, int row) {
        this.text = text;
        this.line = line;
        this.row = row;
        this.value = !text.isEmpty() && Cells.looksLikeValue(text);
        this.glued = text.isEmpty() || value ? null : GluedCells.split(text);
        this.labelWords = text.isEmpty() || value ? "" : Labels.words(glued != null ? glued.label() : text);
    }

    String text() {
        return text;
    }

    int line() {
        return line;
    }

    int row() {
        return row;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** True when the cell holds a number, a dash, a slash or 无. */
    boolean isValue() {
        return value;
    }

    /** Digits glued to the end of a label (规章000), or null. */
    GluedCells.LabelAndDigits glued() {
        return glued;
    }

    /** The words of the cell as a label, without numbering or glued digits ("" for values and blanks). */
    String labelWords() {
        return labelWords;
    }

    @Override
    public String toString() {
        return "Token[" + text + " @" + line + "/" + row + "]";
    }
}
