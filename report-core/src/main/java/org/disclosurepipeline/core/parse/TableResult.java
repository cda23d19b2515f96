package org.disclosurepipeline.core.parse;

import java.util.List;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.TableId;

/** What reading one table gave (its cells went into the report's cells): the layout it has, and what went wrong. */
record TableResult(
        TableId table,
        boolean found,
        OtherHandlingLayout otherHandlingLayout,
        List<CellProblem> cellProblems,
        List<UnitReading> unitReadings,
        List<LabelDeviation> labelDeviations,
        List<TableProblem> tableProblems) {

    static TableResult of(TableReader reader, TableId table, OtherHandlingLayout layout) {
        return new TableResult(table, reader.cellsRead > 0, layout, reader.cellProblems, reader.unitReadings,
                reader.labelDeviations, reader.tableProblems);
    }

    static TableResult missing(TableId table, String reason, String reasonZh) {
        return new TableResult(table, false, null, List.of(), List.of(), List.of(),
                List.of(new TableProblem(table, null, reason, reasonZh)));
    }
}
