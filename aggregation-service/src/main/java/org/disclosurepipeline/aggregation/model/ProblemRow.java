package org.disclosurepipeline.aggregation.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One finding of an agency's current report, with its latest review decision and the report's approval state: a
 * line of a region's problem list.
 *
 * @param finding        the finding's index in the report's findings (0 for the first; the check sheet prints n + 1)
 * @param table          T2, T3 or T4 where the finding points (null for the whole report)
 * @param row            the row's key inside the table, null when it names none
 * @param column         the column's key, null when it names none
 * @param cells          the dotted keys of the cells that went into the finding
 * @param decision       CONFIRMED, DISMISSED or null (open)
 * @param approval       APPROVED, RETURNED or null (awaiting approval)
 */
public record ProblemRow(String agencyCode, String agencyName, UUID submissionId, int finding, String rule,
        String severity, String messageZh, String message, String table, String row, String column,
        List<String> cells, String decision, String reason, String decidedBy, Instant decidedAt, String approval,
        String approvalReason, String approvedBy, Instant approvedAt) {

    /** The review states as the API names them: OPEN, CONFIRMED, DISMISSED. */
    public String reviewStatus() {
        return decision == null ? "OPEN" : decision;
    }
}
