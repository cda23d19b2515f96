package org.disclosurepipeline.core.template;

import java.util.List;

/**
 * A row of a table: its key (dotted inside the table, e.g. {@code denied.stateSecret}), the official label and the
 * columns. The dotted cell key of a value is {@code table.row.column}, e.g.
 * {@code applications.denied.stateSecret.naturalPerson}.
 */
public record RowDef(TableId table, String key, String label, List<ColumnDef> columns) {

    public RowDef {
        columns = List.copyOf(columns);
    }

    /** The dotted key of the row, with the table: {@code applications.granted}. */
    public String rowKey() {
        return table.key() + "." + key;
    }

    public String cellKey(ColumnDef column) {
        return column.isSingle() ? rowKey() : rowKey() + "." + column.key();
    }

    public List<String> cellKeys() {
        return columns.stream().map(this::cellKey).toList();
    }

    public int width() {
        return columns.size();
    }
}
