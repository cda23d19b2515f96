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

    float centreY() {
        return baseline - height / 2;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
