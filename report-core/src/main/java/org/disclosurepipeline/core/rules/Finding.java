package org.disclosurepipeline.core.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One result of a rule: what is wrong, where, in English and Chinese. Arithmetic rules fill {@code left} and
 * {@code right} with the two computed sides and {@code cells} with the dotted keys that went into them.
 */
public record Finding(
        String rule,
        Severity severity,
        FindingStatus status,
        String message,
        String messageZh,
        Location location,
        BigDecimal left,
        BigDecimal right,
        List<String> cells) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
        location = location == null ? Location.document() : location;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
