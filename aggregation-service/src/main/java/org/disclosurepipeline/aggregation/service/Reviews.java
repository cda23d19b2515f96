package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.aggregation.messaging.DecisionPublisher;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.contract.events.ReviewDecidedEvent;
import org.disclosurepipeline.common.http.ProblemException;

/**
 * Confirms or dismisses one finding of a submission: stored with who, when and why, and announced on
 * {@code reviews.decided} before the transaction commits. The caller has checked that the reviewer may decide for
 * the agency.
 */
@ApplicationScoped
public class Reviews {

    @Inject
    DecisionPublisher publisher;

    @Inject
    RollupService rollups;

    /**
     * What a decision changed: the stored decision, the report's verdict once dismissed findings do not count, and
     * the rollups that changed with it (to publish once committed).
     */
    public record Decided(FindingReview review, String verdictAfter, int openErrors,
            List<RollupPublisher.Change> changed) {
    }

    @Transactional
    public Decided decide(ReportFact fact, int finding, String decision, String reason, String decidedBy,
            String reviewerRegion) {
        if (!fact.current) {
            throw ProblemException.field(409, "Conflict", "submissionId", "submission " + fact.submissionId
                    + " has been replaced by a newer upload of " + fact.agencyCode + "; review the current one");
        }
        if (ApprovalDecision.latest(fact.agencyCode, fact.year).map(ApprovalDecision::approved).orElse(false)) {
            throw ProblemException.field(409, "Conflict", "submissionId", "the " + fact.year + " report of "
                    + fact.agencyCode + " is approved and locked; return it for correction before reviewing it");
        }
        Map<String, Object> f = fact.findings.get(finding);
        String severity = String.valueOf(f.get("severity"));
        if (ReviewDecidedEvent.DISMISSED.equals(decision)) {
            String refusal = DismissableRules.refusal(ReviewState.rule(f), severity);
            if (refusal != null) {
                throw ProblemException.field(422, "Not dismissable", "decision", refusal);
            }
        }
        FindingReview r = new FindingReview();
        r.reviewId = UUID.randomUUID();
        r.submissionId = fact.submissionId;
        r.finding = finding;
        r.rule = ReviewState.rule(f);
        r.severity = severity;
        r.decision = decision;
        r.reason = reason;
        r.decidedBy = decidedBy;
        r.reviewerRegion = reviewerRegion;
        r.decidedAt = Instant.now();
        return store(fact, r);
    }

    /**
     * Stores an allowed decision (taken now, or carried over to a correction by {@link CarriedReviews}), announces
     * it with the report's verdict after review, and moves the report in the rollups when that verdict changed.
     */
    @Transactional
    public Decided store(ReportFact fact, FindingReview r) {
        r.persistAndFlush();
        ReviewState state = ReviewState.of(fact);
        publisher.publish(new ReviewDecidedEvent(r.reviewId, fact.submissionId, fact.agencyCode, fact.year, r.finding,
                r.rule, r.decision, r.reason, r.decidedBy, r.decidedAt, state.verdictAfter(), r.carriedFrom));
        List<RollupPublisher.Change> changed = rollups.applyReview(fact.submissionId, state.verdictAfter()).stream()
                .map(RollupRow::toChange).toList();
        return new Decided(r, state.verdictAfter(), state.openErrors(), changed);
    }
}
