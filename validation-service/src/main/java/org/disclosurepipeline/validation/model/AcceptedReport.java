package org.disclosurepipeline.validation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A validated report, kept as the structured-report JSON: the "previous year" of the cross-year rules. */
@Entity
@Table(name = "accepted_report")
public class AcceptedReport extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "report", nullable = false)
    public String report;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    /** The agency's report for the year as it stood at {@code asOf}: the newest validated one received by then. */
    public static Optional<AcceptedReport> asOf(String agencyCode, int year, Instant asOf) {
        return find("agencyCode = ?1 and year = ?2 and receivedAt <= ?3 order by receivedAt desc", agencyCode, year,
                asOf).firstResultOptional();
    }
}
