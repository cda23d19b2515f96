package org.disclosurepipeline.aggregation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;

/** A rollup as the batch path reads and writes it (the JPA entity {@code Rollup} serves the query API). */
final class RollupRow {

    final String regionCode;
    final int year;
    final String level;
    int validated;
    int rejected;
    Map<String, BigDecimal> figures;
    Map<String, Integer> cells;
    Instant updatedAt;

    RollupRow(String regionCode, int year, String level, int validated, int rejected, Map<String, BigDecimal> figures,
            Map<String, Integer> cells, Instant updatedAt) {
        this.regionCode = regionCode;
        this.year = year;
        this.level = level;
        this.validated = validated;
        this.rejected = rejected;
        this.figures = figures;
        this.cells = cells;
        this.updatedAt = updatedAt;
    }

    RollupPublisher.Change toChange() {
        return new RollupPublisher.Change(regionCode, year, validated, rejected, figures, updatedAt);
    }
}
