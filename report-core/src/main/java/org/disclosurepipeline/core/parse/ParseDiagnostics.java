package org.disclosurepipeline.core.parse;

import java.util.List;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.TableId;

/**
 * What the parser noticed while reading, for the structure rules to report: headings found, tables found,
 * cells it could not read, amounts read from cells that name their unit, labels that differ from the template, and
 * whether the report was a page flattened to one line ({@code flattenedLines}: how many of the document's lines held
 * a whole report, 0 for most).
 */
public record ParseDiagnostics(
        List<SectionHeading> headings,
        List<TableId> tablesFound,
        OtherHandlingLayout otherHandlingLayout,
        List<CellProblem> cellProblems,
        List<UnitReading> unitReadings,
        List<LabelDeviation> labelDeviations,
        List<TableProblem> tableProblems,
        int flattenedLines) {

    public ParseDiagnostics {
        headings = List.copyOf(headings);
        tablesFound = List.copyOf(tablesFound);
        cellProblems = List.copyOf(cellProblems);
        unitReadings = List.copyOf(unitReadings);
        labelDeviations = List.copyOf(labelDeviations);
        tableProblems = List.copyOf(tableProblems);
    }

    public boolean foundTable(TableId table) {
        return tablesFound.contains(table);
    }
}
