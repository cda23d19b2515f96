package org.disclosurepipeline.aggregation.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;

/**
 * Which findings point at which cell of the printed tables: a finding's own cells (the dotted keys an arithmetic
 * rule summed), else the cell, row or column of its location.
 */
final class CellMarks {

    private final Map<String, List<CheckSheet.Item>> byCell = new TreeMap<>();

    CellMarks(List<SheetTables.Table> tables, List<CheckSheet.Item> items) {
        for (CheckSheet.Item item : items) {
            for (String cell : cellsOf(item, tables)) {
                byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(item);
            }
        }
    }

    /** The findings that point at a cell, in number order; empty when none. */
    List<CheckSheet.Item> at(String cellKey) {
        return byCell.getOrDefault(cellKey, List.of());
    }

    static Set<String> cellsOf(CheckSheet.Item item, List<SheetTables.Table> tables) {
        Set<String> cells = new LinkedHashSet<>(item.cells());
        String table = item.location("table");
        if (!cells.isEmpty() || table == null) {
            return cells;
        }
        String row = item.location("row");
        String column = item.location("column");
        for (SheetTables.Table t : tables) {
            if (!t.id().shortName().equals(table)) {
                continue;
            }
            for (RowDef r : t.rows()) {
                if (row != null && !r.key().equals(row)) {
                    continue;
                }
                for (ColumnDef c : r.columns()) {
                    if (column == null ? row != null : column.equals(c.key())) {
                        cells.add(r.cellKey(c));
                    }
                }
            }
        }
        return cells;
    }
}
