package org.disclosurepipeline.contract.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Value of {@code reports.raw}: a submission as ingest-service received it.
 *
 * @param submissionId  unique id of this submission
 * @param agencyCode    9-digit 统计用区划代码 of the submitting agency (township)
 * @param agencyName    the registry's name of the agency, or null when unknown
 * @param year          the report year N the submission is for
 * @param receivedAt    when ingest accepted it; a later submission for the same agency and year replaces this one
 * @param sourceFormat  text, html, docx or pdf
 * @param sha256        SHA-256 of the original document (hex)
 * @param sizeBytes     size of the original document
 * @param content       the extracted text, in the form the report-core parser reads
 * @param submittedBy   who submitted it (token subject), or null
 * @param correctionOf  for a correction of parsed cells: the submission it corrects (same original document);
 *                      null for an upload
 * @param corrections   for a correction: every corrected cell of this version (those of earlier corrections in the
 *                      chain included), to apply to the parsed text; null for an upload
 * @param correctedBy   for a correction: who made it (token subject)
 * @param reason        for a correction: why
 */
public record RawReportEvent(
        UUID submissionId,
        String agencyCode,
        String agencyName,
        int year,
        Instant receivedAt,
        String sourceFormat,
        String sha256,
        long sizeBytes,
        String content,
        String submittedBy,
        UUID correctionOf,
        List<CorrectedCell> corrections,
        String correctedBy,
        String reason) {

    /** An upload: no correction. */
    public RawReportEvent(UUID submissionId, String agencyCode, String agencyName, int year, Instant receivedAt,
            String sourceFormat, String sha256, long sizeBytes, String content, String submittedBy) {
        this(submissionId, agencyCode, agencyName, year, receivedAt, sourceFormat, sha256, sizeBytes, content,
                submittedBy, null, null, null, null);
    }

    public RawReportEvent {
        require(submissionId != null, "submissionId is missing");
        require(RegionCode.isAgency(agencyCode), "agencyCode must be a 9-digit township code");
        require(year > 0, "year is missing");
        require(receivedAt != null, "receivedAt is missing");
        require(content != null, "content is missing");
        corrections = corrections == null ? null : List.copyOf(corrections);
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new IllegalArgumentException(reason);
        }
    }

    public String countyCode() {
        return RegionCode.county(agencyCode);
    }
}
