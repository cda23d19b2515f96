package org.disclosurepipeline.core.parse;

/**
 * One cell of a table as read from text. What the readers ask of a cell again and again is worked out once: whether
 * it looks like a value when the cell is made, its words and digits glued to a label when first asked for (most
 * cells are values, whose words nobody asks for).
 */
final class Token {

    private final String text;
    private final int line;
    private final int row;
    private final boolean value;
    /** Worked out when first asked for: a label's glued digits (or NONE) and its words. */
    private GluedCells.LabelAndDigits glued;
    private String labelWords;

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
        if (glued == null) {
            GluedCells.LabelAndDigits split = text.isEmpty() || value ? null : GluedCells.split(text);
            glued = split != null ? split : NOT_GLUED;
        }
        return glued == NOT_GLUED ? null : glued;
    }

    private static final GluedCells.LabelAndDigits NOT_GLUED = new GluedCells.LabelAndDigits("", "");

    /** The words of the cell as a label, without numbering or glued digits ("" for values and blanks). */
    String labelWords() {
        if (labelWords == null) {
            GluedCells.LabelAndDigits split = glued();
            labelWords = text.isEmpty() || value ? "" : Labels.words(split != null ? split.label() : text);
        }
        return labelWords;
    }

    @Override
    public String toString() {
        return "Token[" + text + " @" + line + "/" + row + "]";
    }
}
