package org.disclosurepipeline.core.rules.structure;

import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.template.ColumnDef;
import org.disclosurepipeline.core.template.RowDef;
import org.disclosurepipeline.core.template.TemplateCatalog;

/** The location (section, table, row, column) of a cell, from its dotted key. */
public final class CellLocations {

    private CellLocations() {
    }

    public static Location of(String cellKey) {
        for (RowDef row : TemplateCatalog.allRows()) {
            for (ColumnDef column : row.columns()) {
                if (row.cellKey(column).equals(cellKey)) {
                    return new Location(row.table().section().key(), row.table().shortName(), row.key(),
                            column.key());
                }
            }
        }
        return Location.document();
    }
}
