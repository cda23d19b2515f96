package org.disclosurepipeline.aggregation.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.FindingReview;

/**
 * A submission's review: its verdict, the verdict once dismissed findings no longer count, the errors still open,
 * and every decision, oldest first.
 */
public record ReviewsView(UUID submissionId, String agencyCode, int year, String verdict, String verdictAfter,
        int openErrors, List<Decision> decisions) {

    /**
     * One decision on one finding (its index in the report's findings); carriedFrom is the submission a decision
     * carried over to this correction was taken on (who, when and why are the original's), null for one taken here.
     */
    public record Decision(UUID reviewId, int finding, String rule, String severity, String decision, String reason,
            String decidedBy, String reviewerRegion, Instant decidedAt, UUID carriedFrom) {

        static Decision of(FindingReview r) {
            return new Decision(r.reviewId, r.finding, r.rule, r.severity, r.decision, r.reason, r.decidedBy,
                    r.reviewerRegion, r.decidedAt, r.carriedFrom);
        }
    }
}
