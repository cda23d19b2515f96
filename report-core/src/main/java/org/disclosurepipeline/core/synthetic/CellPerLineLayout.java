package org.disclosurepipeline.core.synthetic;

import java.util.List;

/** Word → text: each cell on its own tab-indented line, a blank line after each row. */
final class CellPerLineLayout {

    private CellPerLineLayout() {
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
                out.append('\t').append(cell).append('\n');
            }
            out.append('\n');
        }
    }
}
