package org.disclosurepipeline.ingest.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.ingest.model.SubmissionStatus;
import org.disclosurepipeline.ingest.service.CellEntry;

/**
 * The history of an agency's report for a year: every version, oldest first, the last one current.
 *
 * @param versions each upload and correction with who (the token subject), when, why and what was corrected
 */
public record ReportVersions(String agencyCode, String agencyName, int year, UUID currentSubmissionId,
        List<Version> versions) {

    /** Kind of a version: a document uploaded, or corrected cells of the previous version's document. */
    public enum Kind { UPLOAD, CORRECTION }

    /**
     * One version.
     *
     * @param version      1 for the first upload, then in order of receipt
     * @param submittedBy  who uploaded it, or who corrected the cells
     * @param reason       why the cells were corrected (corrections only)
     * @param cells        the cells corrected in this step (corrections only)
     * @param status       RECEIVED, then the rules' verdict VALIDATED or REJECTED (or PARKED)
     */
    public record Version(UUID submissionId, int version, Kind kind, UUID correctionOf, String submittedBy,
            Instant receivedAt, String sha256, String reason, List<CorrectedCellView> cells, SubmissionStatus status,
            String rulesVersion, String statusUrl) {
    }

    /** A corrected cell: its dotted key, where a finding would point (table, row, column) and the value entered. */
    public record CorrectedCellView(String cell, String table, String row, String column, String value) {

        static CorrectedCellView of(CellEntry e) {
            return new CorrectedCellView(e.cell(), e.table(), e.row(), e.column(), e.value());
        }
    }
}
