package org.disclosurepipeline.ingest.service;

import org.disclosurepipeline.core.rules.Location;
import org.disclosurepipeline.core.rules.structure.CellLocations;

/**
 * A corrected cell as entered: its dotted key, the finding-style location (table T3, row, column) and the value.
 * Kept in the correction's record and shown in the report's history.
 */
public record CellEntry(String cell, String table, String row, String column, String value) {

    public static CellEntry of(String cell, String value) {
        Location at = CellLocations.of(cell);
        return new CellEntry(cell, at.table(), at.row(), at.column(), value);
    }
}
