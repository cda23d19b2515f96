package org.disclosurepipeline.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the lines of a table region into cells, whatever way the converter laid the table out:
 * <ul>
 * <li>one cell per line, each line starting with a tab, rows separated by blank lines (Word → text);</li>
 * <li>one row per line with tab-separated cells;</li>
 * <li>columns aligned with runs of spaces (PDF → text), one row per line.</li>
 * </ul>
 * A line that neither starts with a tab nor holds several cells continues the previous cell (a header cell split
 * over lines, 本年\n制发件数).
 */
final class CellTokenizer {

    private static final Pattern SPACE_GAP = Pattern.compile(" {2,}");

    private CellTokenizer() {
    }

    /**
     * @param lines     the region's lines
     * @param firstLine the 1-based document line number of {@code lines.get(0)}
     */
    static List<Token> tokenize(List<String> lines, int firstLine) {
        List<Token> tokens = new ArrayList<>();
        int row = 0;
        boolean rowOpen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = firstLine + i;
            if (line.isBlank() && !line.contains("\t")) {
                if (rowOpen) {
                    row++;
                    rowOpen = false;
                }
                continue;
            }
            String[] cells = splitCells(line);
            boolean cellPerLine = line.startsWith("\t") && cells.length == 1;
            boolean continuation = !line.startsWith("\t") && cells.length == 1 && rowOpen && !tokens.isEmpty()
                    && isContinuable(tokens.get(tokens.size() - 1), cells[0]);
            if (continuation) {
                Token last = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(last.text() + cells[0].trim(), last.line(), last.row()));
                continue;
            }
            if (!cellPerLine && rowOpen) {
                row++;
            }
            for (String cell : cells) {
                tokens.add(new Token(cell.trim(), lineNo, row));
            }
            rowOpen = true;
            if (!cellPerLine) {
                row++;
                rowOpen = false;
            }
        }
        return tokens;
    }

    private static String[] splitCells(String line) {
        String body = line.startsWith("\t") ? line.substring(1) : line;
        if (body.indexOf('\t') >= 0) {
            return body.split("\t", -1);
        }
        String trimmed = body.strip();
        if (trimmed.contains("  ")) {
            return SPACE_GAP.split(trimmed);
        }
        return new String[] {body};
    }

    /** Only words continue a cell: a number on a line of its own is a cell of its own. */
    private static boolean isContinuable(Token previous, String next) {
        String n = next.trim();
        return !previous.isBlank() && !n.isEmpty() && !Cells.looksLikeValue(n) && !Cells.looksLikeValue(previous.text());
    }
}
