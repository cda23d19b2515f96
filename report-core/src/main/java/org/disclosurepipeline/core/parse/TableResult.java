package org.disclosurepipeline.core.parse;

import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.TableId;

/** What reading one table gave: its cells, the layout it has, and what went wrong. */
record TableResult(
        TableId table,
        boolean found,
        Map<String, Number> cells,
        OtherHandlingLayout otherHandlingLayout,
        List<CellProblem> cellProblems,
        List<LabelDeviation> labelDeviations,
        List<TableProblem> tableProblems) {

    static TableResult of(TableReader reader, TableId table, OtherHandlingLayout layout) {
        return new TableResult(table, !reader.cells.isEmpty(), reader.cells, layout, reader.cellProblems,
                reader.labelDeviations, reader.tableProblems);
    }

    static TableResult missing(TableId table, String reason, String reasonZh) {
        return new TableResult(table, false, Map.of(), null, List.of(), List.of(),
                List.of(new TableProblem(table, null, reason, reasonZh)));
    }
}
