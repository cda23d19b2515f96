package org.disclosurepipeline.validation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The latest validated report of an agency for a year, kept as the structured-report JSON. */
@Entity
@Table(name = "accepted_report")
@IdClass(AcceptedReport.Key.class)
public class AcceptedReport extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    @Column(name = "report_year")
    public int year;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "report", nullable = false)
    public String report;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    public static Optional<AcceptedReport> of(String agencyCode, int year) {
        return find("agencyCode = ?1 and year = ?2", agencyCode, year).firstResultOptional();
    }

    /** Composite key: agency and year. */
    public static class Key implements Serializable {
        public String agencyCode;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && java.util.Objects.equals(k.agencyCode, agencyCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(agencyCode, year);
        }
    }
}
