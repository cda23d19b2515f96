package org.disclosurepipeline.contract.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Value of {@code rollups.changed}: a region's rollup after a report changed it.
 *
 * @param regionCode       2, 4 or 6-digit region code
 * @param level            province, city or county
 * @param year             report year
 * @param validatedReports agencies whose latest submission for the year is validated
 * @param rejectedReports  agencies whose latest submission for the year is rejected
 * @param figures          the summed cells, nested as the structured report
 * @param changedAt        when the rollup changed
 */
public record RollupChangedEvent(
        String regionCode,
        String level,
        int year,
        long validatedReports,
        long rejectedReports,
        JsonNode figures,
        Instant changedAt) {
}
