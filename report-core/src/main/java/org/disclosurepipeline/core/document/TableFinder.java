package org.disclosurepipeline.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tables of a page from its rulings, as tabula's lattice mode does: lines that cross or touch form one
 * table; their x and y positions are the edges of its grid; two neighbouring grid cells are one merged cell where no
 * ruling separates them.
 */
final class TableFinder {

    private TableFinder() {
    }

    /** A page drawn with more lines than any table has (a chart, a map) is read as laid-out text, not as cells. */
    static final int MAX_RULINGS = 4000;
    /** Grid cells of one table beyond which it is no table a report prints. */
    static final int MAX_GRID_CELLS = 20_000;

    static List<PdfTable> tables(List<Ruling> rulings, int page) {
        if (rulings.size() > MAX_RULINGS) {
            return List.of();
        }
        List<Ruling> lines = merged(rulings);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (lines.get(i).horizontal() != lines.get(j).horizontal() && lines.get(i).meets(lines.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<PdfTable> tables = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (root(parent, r) != r) {
                continue;
            }
            List<Ruling> component = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(parent, i) == r) {
                    component.add(lines.get(i));
                }
            }
            PdfTable table = grid(component, page);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparingDouble(PdfTable::top));
        return tables;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Rulings on one line that overlap or touch joined into one (a border is often drawn cell by cell). */
    static List<Ruling> merged(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::at)
                .thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0 && !joined; i--) {
                Ruling o = out.get(i);
                if (o.horizontal() != r.horizontal() || r.at() - o.at() > Ruling.TOLERANCE) {
                    break;
                }
                if (r.from() <= o.to() + Ruling.TOLERANCE && o.from() <= r.to() + Ruling.TOLERANCE) {
                    out.set(i, new Ruling(o.horizontal(), (o.at() + r.at()) / 2, Math.min(o.from(), r.from()),
                            Math.max(o.to(), r.to())));
                    joined = true;
                }
            }
            if (!joined) {
                out.add(r);
            }
        }
        return out;
    }

    /** The grid of one group of rulings, or null when they do not make at least two columns and one row. */
    private static PdfTable grid(List<Ruling> lines, int page) {
        List<Float> xs = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        for (Ruling r : lines) {
            (r.horizontal() ? ys : xs).add(r.at());
        }
        float[] columns = edges(xs);
        float[] rows = edges(ys);
        if (columns.length < 3 || rows.length < 2 || (long) columns.length * rows.length > MAX_GRID_CELLS) {
            return null;
        }
        int cols = columns.length - 1;
        int bands = rows.length - 1;
        int[] parent = new int[cols * bands];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int b = 0; b < bands; b++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(lines, false, columns[c + 1], rows[b], rows[b + 1])) {
                    parent[root(parent, b * cols + c)] = root(parent, b * cols + c + 1);
                }
                if (b + 1 < bands && !covered(lines, true, rows[b + 1], columns[c], columns[c + 1])) {
                    parent[root(parent, b * cols + c)] = root(parent, (b + 1) * cols + c);
                }
            }
        }
        int[] owner = new int[parent.length];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = root(parent, i);
        }
        return new PdfTable(page, columns, rows, owner);
    }

    /** Positions closer than the tolerance taken as one edge (their mean), sorted. */
    private static float[] edges(List<Float> positions) {
        positions.sort(null);
        List<Float> edges = new ArrayList<>();
        float sum = 0;
        int count = 0;
        for (float p : positions) {
            if (count > 0 && p - sum / count > Ruling.TOLERANCE) {
                edges.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += p;
            count++;
        }
        if (count > 0) {
            edges.add(sum / count);
        }
        float[] out = new float[edges.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = edges.get(i);
        }
        return out;
    }

    /** True when rulings at {@code at} cover most of [from, to]: the two cells either side are separate. */
    private static boolean covered(List<Ruling> lines, boolean horizontal, float at, float from, float to) {
        float length = 0;
        for (Ruling r : lines) {
            if (r.horizontal() == horizontal && Math.abs(r.at() - at) <= Ruling.TOLERANCE) {
                length += Math.max(0, Math.min(to, r.to()) - Math.max(from, r.from()));
            }
        }
        return length >= (to - from) / 2;
    }
}
