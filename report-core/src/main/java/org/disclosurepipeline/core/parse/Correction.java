package org.disclosurepipeline.core.parse;

import java.util.List;

/**
 * A correction of parsed cells by a person: who, why, and the cells. After {@link CellCorrections#apply} the cells
 * are those applied (with what was read before) and {@code refused} those that could not be (a cell the report does
 * not have, a value that is not a number of the cell's kind).
 */
public record Correction(String correctedBy, String reason, List<CellCorrection> cells, List<CellCorrection> refused) {

    public Correction {
        cells = cells == null ? List.of() : List.copyOf(cells);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    public Correction(String correctedBy, String reason, List<CellCorrection> cells) {
        this(correctedBy, reason, cells, List.of());
    }
}
