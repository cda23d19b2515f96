package org.disclosurepipeline.contract.events;

import java.util.List;
import java.util.UUID;

/**
 * What a correction changed, on the outcome of a corrected version: of which submission, who, why, and the cells as
 * applied (with what the parser had read).
 */
public record CorrectionSummary(UUID correctionOf, String correctedBy, String reason, List<CorrectedCell> cells) {

    public CorrectionSummary {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
