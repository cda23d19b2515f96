package org.disclosurepipeline.core.template;

import java.util.List;
import java.util.Objects;

/**
 * A row of a table: its key (dotted inside the table, e.g. {@code denied.stateSecret}), the official label and the
 * columns. The dotted cell key of a value is {@code table.row.column}, e.g.
 * {@code applications.denied.stateSecret.naturalPerson}.
 * <p>
 * A value class (equal when its parts are) that works out its keys once: the parser and the rules ask for them for
 * every cell of every report.
 */
public final class RowDef {

    private final TableId table;
    private final String key;
    private final String label;
    private final List<ColumnDef> columns;
    private final String rowKey;
    private final List<String> cellKeys;
    private final int hash;

    public RowDef(TableId table, String key, String label, List<ColumnDef> columns) {
        this.table = Objects.requireNonNull(table);
        this.key = Objects.requireNonNull(key);
        this.label = Objects.requireNonNull(label);
        this.columns = List.copyOf(columns);
        this.rowKey = table.key() + "." + key;
        this.cellKeys = this.columns.stream().map(c -> c.isSingle() ? rowKey : rowKey + "." + c.key()).toList();
        this.hash = Objects.hash(table, key, label, this.columns);
    }

    public TableId table() {
        return table;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    /** The dotted key of the row, with the table: {@code applications.granted}. */
    public String rowKey() {
        return rowKey;
    }

    public String cellKey(ColumnDef column) {
        int index = columns.indexOf(column);
        return index >= 0 ? cellKeys.get(index) : column.isSingle() ? rowKey : rowKey + "." + column.key();
    }

    /** The dotted keys of the row's cells, in column order. */
    public List<String> cellKeys() {
        return cellKeys;
    }

    public int width() {
        return columns.size();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RowDef other && hash == other.hash && table == other.table && key.equals(other.key) && label.equals(other.label)
                && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return hash; // rows are keys of maps while a report is read: worked out once
    }

    @Override
    public String toString() {
        return "RowDef[table=" + table + ", key=" + key + ", label=" + label + ", columns=" + columns + "]";
    }
}
