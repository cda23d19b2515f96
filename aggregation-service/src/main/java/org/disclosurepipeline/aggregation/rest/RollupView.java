package org.disclosurepipeline.aggregation.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A region's rollup for a year: how many agencies' current reports are validated or rejected, and the sum of
 * every cell over the validated ones, nested as the structured report.
 */
public record RollupView(String regionCode, String level, String name, int year, int validatedReports,
        int rejectedReports, ObjectNode figures, Instant updatedAt) {
}
