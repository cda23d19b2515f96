package org.disclosurepipeline.aggregation.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.disclosurepipeline.aggregation.model.ApprovalSummary;
import org.disclosurepipeline.aggregation.model.Completeness;
import org.disclosurepipeline.aggregation.model.Rates;

/**
 * A region's rollup for a year: how many agencies' current reports are validated or rejected, who has reported
 * against the registry, a few derived rates, and the sum of every cell over the validated reports, nested as the
 * structured report; and where the region stands in approval by level.
 */
public record RollupView(String regionCode, String level, String name, int year, long validatedReports,
        long rejectedReports, Completeness completeness, ApprovalSummary approval, Rates rates, ObjectNode figures,
        Instant updatedAt,
        @JsonIgnore Map<String, BigDecimal> cells) {
}
