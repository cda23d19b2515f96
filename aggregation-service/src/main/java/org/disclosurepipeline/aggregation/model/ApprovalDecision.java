package org.disclosurepipeline.aggregation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An approval or a return for correction of an agency's or a region's reports for a year; the latest counts. */
@Entity
@Table(name = "approval_decision")
public class ApprovalDecision extends PanacheEntityBase {

    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public String state;

    public String reason;

    /** The approved report of an agency; null for a region. */
    @Column(name = "submission_id")
    public UUID submissionId;

    /** The region code of the approving reviewer; null for an admin. */
    public String approver;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public boolean approved() {
        return APPROVED.equals(state);
    }

    public static Optional<ApprovalDecision> latest(String regionCode, int year) {
        return find("regionCode = ?1 and year = ?2 order by decidedAt desc, decisionId desc", regionCode, year)
                .firstResultOptional();
    }
}
