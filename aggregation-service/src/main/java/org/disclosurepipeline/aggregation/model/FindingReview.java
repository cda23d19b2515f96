package org.disclosurepipeline.aggregation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reviewer's decision on one finding of a submission; every decision is kept, the latest one counts. */
@Entity
@Table(name = "finding_review")
public class FindingReview extends PanacheEntityBase {

    @Id
    @Column(name = "review_id")
    public UUID reviewId;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "finding_index", nullable = false)
    public int finding;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String severity;

    @Column(nullable = false)
    public String decision;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "reviewer_region")
    public String reviewerRegion;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** The submission a decision carried over to a correction was taken on; null for a reviewer's own. */
    @Column(name = "carried_from")
    public UUID carriedFrom;

    /** Every decision on a submission, oldest first. */
    public static List<FindingReview> of(UUID submissionId) {
        return list("submissionId = ?1 order by decidedAt, reviewId", submissionId);
    }
}
