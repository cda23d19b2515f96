package org.disclosurepipeline.aggregation.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An agency's latest submission for a year, or that it has none.
 *
 * @param agencyCode   9-digit code
 * @param agencyName   the registry's name (or the submitted one for an agency not in the registry)
 * @param status       VALIDATED, REJECTED or MISSING
 * @param submissionId the current submission, null when missing
 * @param receivedAt   when it was received
 * @param onTime       received by the deadline; null when missing
 * @param errors       error findings (a rejected report has at least one)
 * @param warnings     warning findings
 * @param findings     every finding of the current submission (rule, severity, message, messageZh, location …)
 */
public record AgencyStatus(String agencyCode, String agencyName, String status, UUID submissionId,
        Instant receivedAt, Boolean onTime, int errors, int warnings, List<Map<String, Object>> findings) {

    public static final String MISSING = "MISSING";
}
