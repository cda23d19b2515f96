package org.disclosurepipeline.core.synthetic;

import java.util.List;
import java.util.Random;

/** One row per line with tab-separated cells; a group heading sits in its own line or in a cell before the label. */
final class TabRowsLayout {

    private TabRowsLayout() {
    }

    static void render(StringBuilder out, List<PrintedTable.Row> rows, Random random) {
        for (PrintedTable.Row row : rows) {
            StringBuilder line = new StringBuilder();
            if (row.group() != null) {
                if (random.nextBoolean()) {
                    out.append(row.group()).append('\n');
                } else {
                    line.append(row.group()).append('\t');
                }
            }
            if (row.label() != null) {
                line.append(row.label()).append('\t');
            }
            line.append(String.join("\t", row.cells()));
            out.append(line).append('\n');
        }
    }
}
