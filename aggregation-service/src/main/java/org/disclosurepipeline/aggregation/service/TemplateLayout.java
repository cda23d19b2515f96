package org.disclosurepipeline.aggregation.service;

import java.util.ArrayList;
import java.util.List;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.OtherHandlingLayout;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * The template's three tables as the dashboard draws them: rows with their Chinese labels (and the group heading
 * they stand under), columns with theirs, each cell's dotted key. The labels come from report-core's
 * TemplateCatalog, the one place they live.
 */
public final class TemplateLayout {

    /** A table: its key (first part of every cell key), T2/T3/T4, and its rows in printed order. */
    public record Table(String key, String shortName, List<Column> columns, List<Row> rows) {
    }

    /** A row; {@code group} is the heading of the block it stands in (（三）不予公开 …), or null. */
    public record Row(String key, String label, String group, List<Cell> cells, boolean optional) {
    }

    /** A cell: its dotted key, and its column's key (null for a row of one value) and label. */
    public record Cell(String key, String column, String label) {
    }

    public record Column(String key, String label) {
    }

    private TemplateLayout() {
    }

    /** T2 (2021, then 2019: a report has one of them), T3 with every shape of its （六） block, T4. */
    public static List<Table> tables() {
        List<RowDef> t3 = new ArrayList<>(TemplateCatalog.applicationRows(OtherHandlingLayout.THREE_ROWS));
        t3.add(t3.size() - 2, TemplateCatalog.row("applications.otherHandling.single"));
        return List.of(table(TableId.ACTIVE_DISCLOSURE, TemplateCatalog.ACTIVE_DISCLOSURE_2021, false),
                table(TableId.ACTIVE_DISCLOSURE_2019, TemplateCatalog.ACTIVE_DISCLOSURE_2019, true),
                table(TableId.APPLICATIONS, t3, false),
                table(TableId.REVIEW_LITIGATION, TemplateCatalog.REVIEW_LITIGATION, false));
    }

    private static Table table(TableId id, List<RowDef> rows, boolean optional) {
        List<Column> columns = new ArrayList<>();
        for (RowDef row : rows) {
            for (ColumnDef c : row.columns()) {
                Column column = new Column(c.key(), c.label());
                if (!columns.contains(column)) {
                    columns.add(column); // T2 mixes rows of three columns and rows of one
                }
            }
        }
        List<Row> out = rows.stream().map(r -> new Row(r.key(), r.label(), TemplateCatalog.applicationBlock(r.key()),
                r.columns().stream().map(c -> new Cell(r.cellKey(c), c.key(), c.label())).toList(),
                optional || r.key().equals("otherHandling.single"))).toList();
        return new Table(id.key(), id.shortName(), columns, out);
    }
}
