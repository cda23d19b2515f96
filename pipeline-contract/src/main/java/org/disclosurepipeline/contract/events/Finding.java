package org.disclosurepipeline.contract.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * One finding of the rule catalogue on a report (docs/rules.md): what is wrong, where, in English and Chinese.
 * Arithmetic rules fill {@code left} and {@code right} with the two computed sides and {@code cells} with the dotted
 * keys of the cells that went into them. The JSON also carries {@code "error": true|false}.
 *
 * @param rule      the rule id, e.g. R-ARITH-T3-BALANCE
 * @param severity  error, warning or info
 * @param status    FAIL, or NOT_ASSESSABLE when an input of the check is missing
 * @param message   English
 * @param messageZh Chinese
 * @param location  where it points ({@link Location#document()} for the whole report)
 * @param left      the computed left side, or null
 * @param right     the computed right side, or null
 * @param cells     dotted cell keys involved
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
