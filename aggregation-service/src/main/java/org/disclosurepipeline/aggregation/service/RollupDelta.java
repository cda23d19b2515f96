package org.disclosurepipeline.aggregation.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a batch changes in one region's rollup: reports added (+1) or taken out (−1), validated or rejected, and for
 * validated ones their filled cells; a city's or province's is the sum of its counties'. Applied to the stored sums
 * once per batch; a cell whose report count drops to 0 leaves the rollup (an unfilled cell is absent, never 0).
 */
final class RollupDelta {

    private int validated;
    private int rejected;
    private final Map<String, BigDecimal> sums = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    void add(StoredFact fact, int sign) {
        if (!fact.validated()) {
            rejected += sign;
            return;
        }
        validated += sign;
        fact.figures().forEach((key, value) -> {
            sums.merge(key, sign > 0 ? value : value.negate(), BigDecimal::add);
            counts.merge(key, sign, Integer::sum);
        });
    }

    /** Adds another region's changes: a city's change is the sum of its counties'. */
    void addAll(RollupDelta other) {
        validated += other.validated;
        rejected += other.rejected;
        other.sums.forEach((k, v) -> sums.merge(k, v, BigDecimal::add));
        other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
    }

    boolean isEmpty() {
        return validated == 0 && rejected == 0 && counts.values().stream().allMatch(c -> c == 0)
                && sums.values().stream().allMatch(v -> v.signum() == 0);
    }

    void applyTo(RollupRow row) {
        row.validated += validated;
        row.rejected += rejected;
        Set<String> keys = new HashSet<>(sums.keySet());
        keys.addAll(counts.keySet());
        for (String key : keys) {
            int count = row.cells.getOrDefault(key, 0) + counts.getOrDefault(key, 0);
            if (count == 0) {
                row.figures.remove(key);
                row.cells.remove(key);
            } else {
                row.cells.put(key, count);
                row.figures.merge(key, sums.getOrDefault(key, BigDecimal.ZERO), BigDecimal::add);
            }
        }
    }
}
