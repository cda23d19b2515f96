package org.disclosurepipeline.core.document;

/**
 * A drawn line of a table, horizontal or vertical, in points from the top left of the page: a horizontal ruling
 * runs from {@code from} to {@code to} along x at {@code at} (its y); a vertical one from {@code from} to {@code to}
 * along y at {@code at} (its x).
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    /** Lines thinner than this (a stroke, or a filled bar as Word draws its borders) count as rulings. */
    static final float MAX_THICKNESS = 2.5f;
    /** How far apart two lines may be and still meet (drawing is not exact). */
    static final float TOLERANCE = 2f;

    /** The ruling an axis-parallel line or thin bar from (x0, y0) to (x1, y1) draws, or null for other shapes. */
    static Ruling of(float x0, float y0, float x1, float y1) {
        float width = Math.abs(x1 - x0);
        float height = Math.abs(y1 - y0);
        if (height <= MAX_THICKNESS && width > height && width > TOLERANCE) {
            return new Ruling(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1));
        }
        if (width <= MAX_THICKNESS && height > width && height > TOLERANCE) {
            return new Ruling(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1));
        }
        return null;
    }

    /** True when this ruling and another, one horizontal and one vertical, cross or touch. */
    boolean meets(Ruling other) {
        if (horizontal == other.horizontal) {
            return at - other.at <= TOLERANCE && other.at - at <= TOLERANCE
                    && from <= other.to + TOLERANCE && other.from <= to + TOLERANCE;
        }
        return other.at >= from - TOLERANCE && other.at <= to + TOLERANCE
                && at >= other.from - TOLERANCE && at <= other.to + TOLERANCE;
    }
}
