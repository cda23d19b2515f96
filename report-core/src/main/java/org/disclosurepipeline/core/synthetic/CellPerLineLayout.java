package org.disclosurepipeline.core.synthetic;

import java.util.List;

/**
 * Word → text: each cell on its own tab-indented line, a blank line after each row; header cells broken over
 * lines as narrow Word columns print them (本年\n制发件数, 自\n然\n人).
 */
final class CellPerLineLayout {

    private CellPerLineLayout() {
    }

    /** A header cell as a narrow column wraps it: three characters one per line, longer ones after two. */
    private static String broken(String cell) {
        if (cell.length() == 3) {
            return cell.charAt(0) + "\n" + cell.charAt(1) + "\n" + cell.charAt(2);
        }
        return cell.length() >= 6 && cell.length() <= 12 ? cell.substring(0, 2) + "\n" + cell.substring(2) : cell;
    }

    static void render(StringBuilder out, List<PrintedTable.Row> rows) {
        for (PrintedTable.Row row : rows) {
            if (row.group() != null) {
                out.append('\t').append(row.group()).append("\n\n");
            }
            if (row.label() != null) {
                out.append('\t').append(row.label()).append('\n');
            }
            for (String cell : row.cells()) {
                out.append('\t').append(row.header() ? broken(cell) : cell).append('\n');
            }
            out.append('\n');
        }
    }
}
