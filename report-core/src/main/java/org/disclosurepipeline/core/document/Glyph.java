package org.disclosurepipeline.core.document;

/**
 * One character as a PDF page prints it, in points from the top left of the page: {@code x} its left edge,
 * {@code baseline} the line it sits on, {@code width} its advance, {@code height} its cap height, {@code em} its font
 * size (the unit in which gaps are judged).
 */
record Glyph(String text, float x, float baseline, float width, float height, float em) {

    float right() {
        return x + width;
    }

    float centreX() {
        return x + width / 2;
    }

    /**
     * Where the glyph is taken to stand across the page: a little above its middle, since a line squeezed into a cell
     * that is too low (LibreOffice, a row cut by a page break) is drawn with its foot over the cell's lower border.
     */
    float anchorY() {
        return baseline - 0.7f * height;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
