package org.disclosurepipeline.core.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * A table as rows of cells, the way {@link DocxText} and {@link HtmlText} write Word and HTML tables: one line per
 * row, its cells separated by tabs, a merged cell written once in the row where it starts and left blank in the rows
 * below that it spans. Joins a table that a page break cut in two, and a label that a page break or a row border cut
 * over two cells.
 */
final class TableRows {

    /** A merged cell: where it lies across the page and its text. */
    static final class Cell {
        final float left;
        final float right;
        String text;

        Cell(float left, float right, String text) {
            this.left = left;
            this.right = right;
            this.text = text.replace('\t', ' ').replace('\n', ' ').strip();
        }

        boolean above(Cell other) {
            return Math.abs(left - other.left) <= EDGE && Math.abs(right - other.right) <= EDGE;
        }
    }

    /** A cell in one row: {@code first} in the row where it starts, else a row it spans below. */
    record Entry(Cell cell, boolean first) {
    }

    /** How far the edges of the same column may lie apart on two pages. */
    private static final float EDGE = 4f;
    /** What opens a new item rather than continuing one: 1. 1、 (1) （一） 一、 第…. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+\\s*[.、．)）]|[一二三四五六七八九十]+\\s*[、.．]|第).*");
    private static final Pattern VALUE = Pattern.compile("^[-—–/+0-9０-９.,，．％%\\s]*$|^无$");
    /** The template's labels and headings, letters only: a cell that holds one of them whole was not cut. */
    private static final Set<String> WHOLE_LABELS = wholeLabels();

    final int page;
    final float left;
    final float right;
    private final List<List<Entry>> bands;

    TableRows(int page, float left, float right, List<List<Entry>> bands) {
        this.page = page;
        this.left = left;
        this.right = right;
        this.bands = bands;
    }

    /** True when the other table, on the next page, has the same outer edges: it is this table continued. */
    boolean continuedBy(TableRows next) {
        return Math.abs(left - next.left) <= EDGE && Math.abs(right - next.right) <= EDGE;
    }

    /**
     * Appends the part of this table printed on the next page. A label the page break cut (（四）无 | 法提供) is joined
     * into its cell. A row the break cut (its label or its numbers wrapped over lines, some printed before the break
     * and the rest after it) is joined into one: the part after the break opens no new row, as it has no label of
     * its own, only the rest of the cells above.
     */
    void append(TableRows next) {
        if (bands.isEmpty() || next.bands.isEmpty()) {
            bands.addAll(next.bands);
            return;
        }
        dropRepeatedHeadings(next);
        if (next.bands.isEmpty()) {
            return;
        }
        List<Entry> last = bands.get(bands.size() - 1);
        List<Entry> first = List.copyOf(next.bands.get(0));
        boolean wholeRow = true;
        for (Entry e : first) {
            Cell lower = e.cell();
            Entry above = aboveOf(last, lower);
            if (!lower.text.isEmpty()) {
                wholeRow &= above != null && (above.cell().text.isEmpty() || continues(above.cell(), lower)
                        || isValue(above.cell().text) && isValue(lower.text));
            }
        }
        for (Entry e : first) {
            Entry above = aboveOf(last, e.cell());
            if (above != null && !e.cell().text.isEmpty() && (wholeRow || continues(above.cell(), e.cell()))) {
                joinInto(above.cell(), e.cell(), next.bands);
            }
        }
        if (wholeRow) {
            next.bands.remove(0);
        }
        bands.addAll(next.bands);
    }

    /** Drops the heading rows Word and LibreOffice repeat at the top of each page a table runs over. */
    private void dropRepeatedHeadings(TableRows next) {
        int same = 0;
        while (same < bands.size() - 1 && same < next.bands.size() && sameRow(bands.get(same), next.bands.get(same))) {
            same++;
        }
        next.bands.subList(0, same).clear();
    }

    private static boolean sameRow(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Entry x = a.get(i);
            Entry y = b.get(i);
            if (!x.cell().above(y.cell()) || x.first() != y.first()
                    || x.first() && !x.cell().text.equals(y.cell().text)) {
                return false;
            }
        }
        return true;
    }

    /** Joins rows that hold only the rest of labels cut by a row border into the row above. */
    void joinCutLabels() {
        for (int b = 1; b < bands.size(); b++) {
            List<Entry> above = bands.get(b - 1);
            boolean cut = false;
            boolean onlyRests = true;
            for (Entry e : bands.get(b)) {
                if (!e.first()) {
                    continue;
                }
                Entry over = aboveOf(above, e.cell());
                boolean rest = over != null && !e.cell().text.isEmpty() && continues(over.cell(), e.cell());
                cut |= rest;
                onlyRests &= rest;
            }
            if (cut && onlyRests) {
                for (Entry e : List.copyOf(bands.get(b))) {
                    if (e.first()) {
                        joinInto(aboveOf(above, e.cell()).cell(), e.cell(), bands);
                    }
                }
                bands.remove(b);
                b--;
            }
        }
    }

    /** Writes one line per row, cells separated by tabs; rows with nothing in them are left out. */
    void write(StringBuilder out) {
        for (List<Entry> band : bands) {
            int start = out.length();
            boolean any = false;
            for (int i = 0; i < band.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                Entry e = band.get(i);
                if (e.first()) {
                    out.append(e.cell().text);
                    any |= !e.cell().text.isEmpty();
                }
            }
            if (any) {
                out.append('\n');
            } else {
                out.setLength(start);
            }
        }
    }

    private static Entry aboveOf(List<Entry> band, Cell cell) {
        for (Entry e : band) {
            if (e.cell().above(cell)) {
                return e;
            }
        }
        return null;
    }

    /** The cell's text goes into the cell above, which then spans the rows the cell spanned. */
    private static void joinInto(Cell into, Cell from, List<List<Entry>> bands) {
        into.text = into.text + from.text;
        from.text = "";
        for (List<Entry> band : bands) {
            band.replaceAll(e -> e.cell() == from ? new Entry(into, false) : e);
        }
    }

    /**
     * True when the lower cell's text is the rest of the upper one's: together they begin a label or heading of the
     * template, which the upper one alone is not (a cell is not joined to a neighbour on a guess).
     */
    static boolean continues(Cell upper, Cell lower) {
        String top = letters(upper.text);
        if (top.isEmpty() || lower.text.isEmpty() || isValue(lower.text) || NUMBERED.matcher(lower.text).matches()
                || WHOLE_LABELS.contains(top)) {
            return false;
        }
        String joined = top + letters(lower.text);
        for (String label : WHOLE_LABELS) {
            if (label.startsWith(joined)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValue(String text) {
        return VALUE.matcher(text).matches();
    }

    private static Set<String> wholeLabels() {
        Set<String> labels = new HashSet<>();
        for (RowDef row : TemplateCatalog.allRows()) {
            labels.add(letters(row.label()));
            row.columns().forEach(c -> labels.add(letters(c.label())));
        }
        TemplateCatalog.APPLICATION_GROUP_HEADINGS.forEach(h -> labels.add(letters(h)));
        return labels;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }
}
