package org.disclosurepipeline.core.template;

/**
 * A column of a table. A row with a single value (such as 行政许可's 本年处理决定数量) has one column whose key is
 * {@code null}: its cell key is the row key itself.
 */
public record ColumnDef(String key, String label, CellKind kind) {

    public static ColumnDef single(String label, CellKind kind) {
        return new ColumnDef(null, label, kind);
    }

    public boolean isSingle() {
        return key == null;
    }
}
