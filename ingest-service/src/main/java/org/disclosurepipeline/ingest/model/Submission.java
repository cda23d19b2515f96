package org.disclosurepipeline.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One accepted upload of a report for an agency and year, and its status along the pipeline. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "source_format", nullable = false)
    public String sourceFormat;

    @Column(name = "sha256", nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubmissionStatus status;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    /** The findings of validation as JSON, once known. */
    @Column(name = "findings")
    public String findings;

    /** The rules version of the verdict behind the status, or null before the first verdict. */
    @Column(name = "rules_version")
    public String rulesVersion;

    /** The trace of the upload through ingest, validation and aggregation (docs/tracing.md); null without one. */
    @Column(name = "trace_id")
    public String traceId;

    /** For a correction of parsed cells: the submission it corrects (same original document); null for an upload. */
    @Column(name = "correction_of")
    public UUID correctionOf;

    /**
     * The earlier upload of exactly this content for the same agency and year, if any (corrections share their
     * original's content but are not uploads of it).
     */
    public static Optional<Submission> findIdentical(String agencyCode, int year, String sha256) {
        return find("agencyCode = ?1 and year = ?2 and sha256 = ?3 and correctionOf is null order by receivedAt",
                agencyCode, year, sha256).firstResultOptional();
    }

    /** Every version of an agency's report for a year, oldest first. */
    public static java.util.List<Submission> versions(String agencyCode, int year) {
        return list("agencyCode = ?1 and year = ?2 order by receivedAt, id", agencyCode, year);
    }
}
