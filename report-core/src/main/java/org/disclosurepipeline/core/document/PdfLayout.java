package org.disclosurepipeline.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a PDF from its pages: each table found from its rulings written as rows of tab-separated cells (one
 * that runs over a page break as one table), everything else as lines laid out by position. A PDF without rulings
 * comes out as laid-out text alone, which the parser reads by its column gaps.
 */
final class PdfLayout {

    /** A page number on a line of its own (-3-, — 3 —, 第3页, 3): it may stand between two parts of a table. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页.*|\\d{1,3}|\\d{1,3}\\s*/\\s*\\d{1,3})\\s*$");

    /** A line of text or a table, at its top on the page. */
    private record Block(float top, String line, TableRows table) {
        boolean isPageNumber() {
            return line != null && PAGE_NUMBER.matcher(line).matches();
        }
    }

    private PdfLayout() {
    }

    static String text(List<PdfContentReader.Page> pages) {
        List<Block> all = new ArrayList<>();
        TableRows open = null;
        for (PdfContentReader.Page page : pages) {
            List<Block> blocks = blocks(page);
            Block first = firstOrLast(blocks, true);
            if (open != null && first != null && first.table() != null && open.continuedBy(first.table())) {
                open.append(first.table());
                blocks.remove(first);
                if (firstOrLast(blocks, false) == null) {
                    // the whole page was the table: it may go on over the next one
                    all.addAll(blocks);
                    continue;
                }
            }
            Block last = firstOrLast(blocks, false);
            open = last != null && last.table() != null ? last.table() : null;
            all.addAll(blocks);
        }
        StringBuilder out = new StringBuilder(4096 * Math.max(1, pages.size()));
        all.forEach(b -> write(b, out));
        return out.toString();
    }

    private static void write(Block block, StringBuilder out) {
        if (block.table() != null) {
            block.table().write(out);
        } else {
            out.append(block.line()).append('\n');
        }
    }

    /** The page's tables and lines, top to bottom. */
    private static List<Block> blocks(PdfContentReader.Page page) {
        List<PdfTable> tables = page.rulings().isEmpty() ? List.of()
                : TableFinder.tables(page.rulings(), page.number());
        List<Glyph> free = new ArrayList<>(tables.isEmpty() ? page.glyphs().size() : 64);
        for (Glyph g : page.glyphs()) {
            boolean taken = false;
            for (int t = 0; t < tables.size() && !taken; t++) {
                taken = tables.get(t).take(g);
            }
            if (!taken) {
                free.add(g);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (PdfTable table : tables) {
            TableRows rows = table.rows();
            rows.joinCutLabels();
            blocks.add(new Block(table.top(), null, rows));
        }
        for (List<Glyph> line : TextLines.lines(free)) {
            float top = Float.MAX_VALUE;
            for (Glyph g : line) {
                top = Math.min(top, g.baseline() - g.height());
            }
            blocks.add(new Block(top, TextLines.laidOut(line), null));
        }
        if (!tables.isEmpty()) {
            blocks.sort(Comparator.comparingDouble(Block::top));
        }
        dropPageNumbers(blocks);
        return blocks;
    }

    /**
     * Drops the page number printed in the page's footer or header (- 3 -, 第3页): page furniture, which would
     * otherwise stand after the signature and date or between the two parts of a table.
     */
    private static void dropPageNumbers(List<Block> blocks) {
        for (int end = 0; end < 2; end++) {
            for (int i = 0; i < blocks.size(); i++) {
                int at = end == 0 ? blocks.size() - 1 - i : i;
                Block b = blocks.get(at);
                if (b.table() != null || !b.line().isBlank() && !b.isPageNumber()) {
                    break;
                }
                if (b.isPageNumber()) {
                    blocks.remove(at);
                    break;
                }
            }
        }
    }

    /** The first (or last) block that is more than a blank line or a page number, or null. */
    private static Block firstOrLast(List<Block> blocks, boolean first) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(first ? i : blocks.size() - 1 - i);
            if (b.table() != null || !b.line().isBlank() && !b.isPageNumber()) {
                return b;
            }
        }
        return null;
    }
}
