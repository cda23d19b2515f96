package org.disclosurepipeline.aggregation.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * The three tables of a report as the template prints them (rows, columns and labels from TemplateCatalog), in
 * the form the report's own cells show: the 2019 or 2021 T2, T3 with a single （六） row or its sub-rows.
 */
final class SheetTables {

    /** A table to print: its template id and its rows in printed order. */
    record Table(TableId id, List<RowDef> rows) {
    }

    private SheetTables() {
    }

    static List<Table> of(Map<String, ?> figures) {
        boolean t2of2019 = has(figures, TableId.ACTIVE_DISCLOSURE_2019.key() + ".");
        boolean singleOther = has(figures, "applications.otherHandling.single");
        return List.of(
                new Table(t2of2019 ? TableId.ACTIVE_DISCLOSURE_2019 : TableId.ACTIVE_DISCLOSURE,
                        t2of2019 ? TemplateCatalog.ACTIVE_DISCLOSURE_2019 : TemplateCatalog.ACTIVE_DISCLOSURE_2021),
                new Table(TableId.APPLICATIONS, TemplateCatalog.applicationRows(
                        singleOther ? OtherHandlingLayout.SINGLE : OtherHandlingLayout.THREE_ROWS)),
                new Table(TableId.REVIEW_LITIGATION, TemplateCatalog.REVIEW_LITIGATION));
    }

    /** The group heading to print above a row of T3, or null. */
    static String groupHeading(RowDef row) {
        return row.table() == TableId.APPLICATIONS ? TemplateCatalog.applicationGroupBefore(row.key()) : null;
    }

    /** Splits rows into runs that share their columns: each run is printed under one heading row. */
    static List<List<RowDef>> runs(List<RowDef> rows) {
        List<List<RowDef>> runs = new ArrayList<>();
        for (RowDef row : rows) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).columns().equals(row.columns())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(row);
        }
        return runs;
    }

    private static boolean has(Map<String, ?> figures, String prefix) {
        return figures.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
