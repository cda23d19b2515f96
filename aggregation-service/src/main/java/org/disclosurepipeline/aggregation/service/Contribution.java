package org.disclosurepipeline.aggregation.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.model.Rollup;

/**
 * What one submission adds to (sign +1) or takes from (sign −1) every rollup above its agency: a validated or
 * rejected report, and for a validated one its filled cells.
 */
record Contribution(int sign, boolean validated, Map<String, BigDecimal> figures) {

    static Contribution add(ReportFact fact) {
        return new Contribution(1, fact.validated(), fact.validated() ? fact.figures : Map.of());
    }

    static Contribution remove(ReportFact fact) {
        return new Contribution(-1, fact.validated(), fact.validated() ? fact.figures : Map.of());
    }

    void applyTo(Rollup rollup) {
        if (validated) {
            rollup.validatedReports += sign;
        } else {
            rollup.rejectedReports += sign;
        }
        Map<String, BigDecimal> sums = new HashMap<>(rollup.figures);
        Map<String, Integer> counts = new HashMap<>(rollup.cellReports);
        figures.forEach((key, value) -> {
            int count = counts.getOrDefault(key, 0) + sign;
            if (count == 0) {
                sums.remove(key);
                counts.remove(key);
            } else {
                sums.merge(key, sign > 0 ? value : value.negate(), BigDecimal::add);
                counts.put(key, count);
            }
        });
        rollup.figures = sums;
        rollup.cellReports = counts;
    }
}
