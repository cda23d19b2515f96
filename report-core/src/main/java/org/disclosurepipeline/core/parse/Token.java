package org.disclosurepipeline.core.parse;

/**
 * One cell of a table as read from text.
 *
 * @param text the cell's text, trimmed ("" for a blank cell)
 * @param line 1-based line number in the document
 * @param row  index of the table row (a line, or a block of lines) the cell belongs to
 */
record Token(String text, int line, int row) {

    boolean isBlank() {
        return text.isEmpty();
    }
}
