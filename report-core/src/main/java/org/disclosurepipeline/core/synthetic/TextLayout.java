package org.disclosurepipeline.core.synthetic;

/** The ways real converters lay out a report's tables as text. */
public enum TextLayout {
    /** Word → text: every cell on a line of its own, indented with a tab; a blank line between rows. */
    CELL_PER_LINE,
    /** One row per line, cells separated by tabs; group headings in a cell of their own before the label. */
    TAB_ROWS,
    /**
     * PDF → text as {@code pdftotext -layout} prints it: columns aligned with spaces, long labels wrapped over two
     * or three lines, numbers on the middle line or on a line of their own, the group label of T3 spread one
     * character per line, page numbers such as {@code -3-} inside tables.
     */
    SPACED,
    /** A web page flattened to text: each row's cells glued together without separators. */
    FLATTENED
}
