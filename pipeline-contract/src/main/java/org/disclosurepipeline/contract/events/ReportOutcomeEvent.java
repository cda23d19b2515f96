package org.disclosurepipeline.contract.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Value of {@code reports.validated} and {@code reports.rejected}: the verdict on one submission.
 *
 * @param submissionId the submission
 * @param agencyCode   9-digit agency code
 * @param agencyName   the registry's name of the agency, or null
 * @param year         report year N
 * @param receivedAt   when ingest accepted the submission (orders submissions of one agency and year)
 * @param verdict      VALIDATED or REJECTED
 * @param report       the structured report; on rejection, as far as parsing got
 * @param findings     on VALIDATED the warnings and infos, on REJECTED all findings (at least one error)
 * @param rulesVersion version of the rule catalogue that produced the findings
 * @param checkedAt    when validation-service made the verdict
 * @param correction   on the outcome of a correction of parsed cells: of which submission, who, why and the cells
 *                     as applied; null for an upload
 */
public record ReportOutcomeEvent(
        UUID submissionId,
        String agencyCode,
        String agencyName,
        int year,
        Instant receivedAt,
        Verdict verdict,
        StructuredReport report,
        List<Finding> findings,
        String rulesVersion,
        Instant checkedAt,
        CorrectionSummary correction) {

    /** The outcome of an upload: no correction. */
    public ReportOutcomeEvent(UUID submissionId, String agencyCode, String agencyName, int year, Instant receivedAt,
            Verdict verdict, StructuredReport report, List<Finding> findings, String rulesVersion,
            Instant checkedAt) {
        this(submissionId, agencyCode, agencyName, year, receivedAt, verdict, report, findings, rulesVersion,
                checkedAt, null);
    }

    public ReportOutcomeEvent {
        if (submissionId == null || !RegionCode.isAgency(agencyCode) || year <= 0 || receivedAt == null
                || verdict == null) {
            throw new IllegalArgumentException(
                    "an outcome needs submissionId, a 9-digit agencyCode, year, receivedAt and verdict");
        }
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public String countyCode() {
        return RegionCode.county(agencyCode);
    }

    public String topic() {
        return verdict == Verdict.VALIDATED ? Topics.VALIDATED : Topics.REJECTED;
    }

    public String eventType() {
        return verdict == Verdict.VALIDATED ? EventTypes.VALIDATED : EventTypes.REJECTED;
    }
}
