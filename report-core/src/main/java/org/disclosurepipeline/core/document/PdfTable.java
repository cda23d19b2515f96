package org.disclosurepipeline.core.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table found on a page: the edges of its grid ({@code columns} along x, {@code rows} along y, in points from the
 * top left) and, for each grid cell (row-major), the merged cell it belongs to, named by its first grid cell.
 */
final class PdfTable {

    final int page;
    private final float[] columns;
    private final float[] rows;
    private final int[] owner;
    private final List<List<Glyph>> glyphs;

    PdfTable(int page, float[] columns, float[] rows, int[] owner) {
        this.page = page;
        this.columns = columns;
        this.rows = rows;
        this.owner = owner;
        this.glyphs = new ArrayList<>(owner.length);
        for (int i = 0; i < owner.length; i++) {
            glyphs.add(null);
        }
    }

    float top() {
        return rows[0];
    }

    float bottom() {
        return rows[rows.length - 1];
    }

    float left() {
        return columns[0];
    }

    float right() {
        return columns[columns.length - 1];
    }

    /** Takes the glyph into the cell its centre falls in; false when it lies outside the table. */
    boolean take(Glyph g) {
        int c = index(columns, g.centreX());
        int r = index(rows, g.anchorY());
        if (c < 0 || r < 0) {
            return false;
        }
        int cell = owner[r * (columns.length - 1) + c];
        if (glyphs.get(cell) == null) {
            glyphs.set(cell, new ArrayList<>());
        }
        glyphs.get(cell).add(g);
        return true;
    }

    /** The table's rows as cells: each band of the grid, each merged cell once, marked where it starts. */
    TableRows rows() {
        int cols = columns.length - 1;
        TableRows.Cell[] cells = new TableRows.Cell[owner.length];
        List<List<TableRows.Entry>> bands = new ArrayList<>(rows.length - 1);
        for (int b = 0; b + 1 < rows.length; b++) {
            List<TableRows.Entry> band = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                int id = owner[b * cols + c];
                if (c > 0 && owner[b * cols + c - 1] == id) {
                    continue;
                }
                boolean first = cells[id] == null;
                if (first) {
                    int last = c;
                    while (last + 1 < cols && owner[b * cols + last + 1] == id) {
                        last++;
                    }
                    List<Glyph> inside = glyphs.get(id);
                    cells[id] = new TableRows.Cell(columns[c], columns[last + 1],
                            inside == null ? "" : TextLines.cellText(inside));
                }
                band.add(new TableRows.Entry(cells[id], first));
            }
            bands.add(band);
        }
        return new TableRows(page, left(), right(), bands);
    }

    /** The interval [edges[i], edges[i + 1]) holding the position, or -1 outside all. */
    private static int index(float[] edges, float position) {
        if (position < edges[0] || position >= edges[edges.length - 1]) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(edges, position);
        return i >= 0 ? Math.min(i, edges.length - 2) : -i - 2;
    }
}
