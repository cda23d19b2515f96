package org.disclosurepipeline.aggregation.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One stored verdict: the submission, whether it is the agency's current one, its findings and its figures; for a
 * version made by correcting parsed cells, the correction (correctionOf, correctedBy, reason, cells with value and
 * what was read before), else null.
 */
public record ReportView(UUID submissionId, String agencyCode, String agencyName, int year, String verdict,
        boolean current, Instant receivedAt, Instant checkedAt, List<Map<String, Object>> findings,
        ObjectNode figures, Map<String, Object> correction) {
}
