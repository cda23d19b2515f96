package org.disclosurepipeline.core.synthetic;

import java.util.List;

/** A web page flattened to text: every row's cells glued together (一、本年新收政府信息公开申请数量801000081). */
final class FlattenedLayout {

    private FlattenedLayout() {
    }

    static void render(StringBuilder out, List<PrintedTable.Row> rows) {
        for (PrintedTable.Row row : rows) {
            if (row.group() != null) {
                out.append(row.group()).append('\n');
            }
            if (row.label() != null) {
                out.append(row.label());
            }
            out.append(String.join("", row.cells())).append('\n');
        }
    }
}
