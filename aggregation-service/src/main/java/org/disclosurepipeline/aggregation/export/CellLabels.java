package org.disclosurepipeline.aggregation.export;

import java.util.List;
import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.structure.CellLocations;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TableId;
import org.disclosurepipeline.core.template.TemplateCatalog;

/**
 * Where a finding points, in the template's Chinese labels (from report-core's TemplateCatalog): the table, the row
 * and the column of its location, each empty when the finding does not name it.
 *
 * @param table  表二（主动公开）, 表三（依申请公开） or 表四（行政复议、行政诉讼）
 * @param row    the row's label, e.g. （一）予以公开
 * @param column the column's label, e.g. 自然人
 */
public record CellLabels(String table, String row, String column) {

    static final CellLabels NONE = new CellLabels("", "", "");

    /**
     * From a finding's location (T2/T3/T4, a row key inside the table, a column key) and its cells (dotted keys),
     * which tell a 2019 T2 from a 2021 one.
     */
    public static CellLabels of(String table, String row, String column, List<String> cells) {
        if (table == null) { // a finding on cells without a location: the first cell's place
            Location first = cells == null || cells.isEmpty() ? null : CellLocations.of(cells.get(0));
            return first == null || first.table() == null ? NONE
                    : of(first.table(), first.row(), first.column(), cells);
        }
        RowDef def = row == null ? null : rowDef(table, row, cells);
        String columnLabel = "";
        if (column != null) {
            List<ColumnDef> columns = def != null ? def.columns() : columnsOf(table);
            columnLabel = columns.stream().filter(c -> column.equals(c.key())).map(ColumnDef::label).findFirst()
                    .orElse(column);
        }
        return new CellLabels(TemplateCatalog.tableNameZh(table), def != null ? def.label() : row == null ? "" : row,
                columnLabel);
    }

    /** The template's row, searched in the table the finding's cells name first. */
    static RowDef rowDef(String table, String row, List<String> cells) {
        for (TableId id : tables(table, cells)) {
            RowDef def = TemplateCatalog.row(id.key() + "." + row);
            if (def != null) {
                return def;
            }
        }
        return null;
    }

    static List<TableId> tables(String table, List<String> cells) {
        return switch (table) {
            case "T2" -> cells != null && cells.stream().anyMatch(c -> c.startsWith(TableId.ACTIVE_DISCLOSURE_2019.key() + "."))
                    ? List.of(TableId.ACTIVE_DISCLOSURE_2019, TableId.ACTIVE_DISCLOSURE)
                    : List.of(TableId.ACTIVE_DISCLOSURE, TableId.ACTIVE_DISCLOSURE_2019);
            case "T3" -> List.of(TableId.APPLICATIONS);
            case "T4" -> List.of(TableId.REVIEW_LITIGATION);
            default -> List.of();
        };
    }

    /** The columns of a table whose rows share them (T3, T4); none for T2, whose rows differ. */
    static List<ColumnDef> columnsOf(String table) {
        return switch (table) {
            case "T3" -> TemplateCatalog.APPLICANT_COLUMNS;
            case "T4" -> TemplateCatalog.OUTCOME_COLUMNS;
            default -> List.of();
        };
    }
}
