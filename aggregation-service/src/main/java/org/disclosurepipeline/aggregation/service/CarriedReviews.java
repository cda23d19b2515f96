package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;

/**
 * Carries the latest decisions on a corrected submission over to the same findings of its correction (same rule,
 * severity, location and cells), so that a reviewer does not decide twice: stored as decisions of the new version
 * with the original's who, when and why and the submission they were taken on, announced and applied to the
 * verdict after review and the rollups by {@link Reviews#store} like any decision. A finding that is gone (the
 * corrected cell's error) or new (R-CELL-CORRECTED) has nothing to carry. Only a current version takes decisions;
 * a finding that already has one (a redelivered verdict, or a reviewer who was quicker) is left as it is.
 */
@ApplicationScoped
public class CarriedReviews {

    @Inject
    Reviews reviews;

    /** Carries the decisions of every correction in the batch; returns the rollups that changed, to publish. */
    @Transactional
    public List<RollupPublisher.Change> carry(List<ReportOutcomeEvent> batch) {
        List<RollupPublisher.Change> changed = new ArrayList<>();
        for (ReportOutcomeEvent e : batch) {
            if (e.correction() != null && e.correction().correctionOf() != null) {
                changed.addAll(carry(e.submissionId(), e.correction().correctionOf()));
            }
        }
        return changed;
    }

    private List<RollupPublisher.Change> carry(UUID to, UUID from) {
        ReportFact target = ReportFact.findById(to);
        ReportFact source = ReportFact.findById(from);
        if (target == null || source == null || !target.current) {
            return List.of();
        }
        ReviewState was = ReviewState.of(source);
        Set<Integer> decided = new HashSet<>();
        FindingReview.of(to).forEach(r -> decided.add(r.finding));
        Set<Integer> used = new HashSet<>(); // one original decision carries to one finding
        List<RollupPublisher.Change> changed = new ArrayList<>();
        for (int i = 0; i < target.findings.size(); i++) {
            Map<String, Object> finding = target.findings.get(i);
            if (decided.contains(i)) {
                continue;
            }
            for (int j = 0; j < source.findings.size(); j++) {
                FindingReview original = was.decision(j);
                if (original != null && !used.contains(j) && sameFinding(finding, source.findings.get(j))
                        && allowed(original)) {
                    used.add(j);
                    changed.addAll(reviews.store(target, copy(original, target, i)).changed());
                    break;
                }
            }
        }
        return changed;
    }

    /** The same rule at the same place with the same severity; messages and computed sides may differ. */
    static boolean sameFinding(Map<String, Object> a, Map<String, Object> b) {
        return Objects.equals(a.get("rule"), b.get("rule")) && Objects.equals(a.get("severity"), b.get("severity"))
                && Objects.equals(a.get("location"), b.get("location"))
                && Objects.equals(a.get("cells"), b.get("cells"));
    }

    /** A dismissal the rules no longer allow (a rule made strict since) is not carried. */
    private static boolean allowed(FindingReview r) {
        return !"DISMISSED".equals(r.decision) || DismissableRules.refusal(r.rule, r.severity) == null;
    }

    private static FindingReview copy(FindingReview original, ReportFact target, int finding) {
        FindingReview r = new FindingReview();
        r.reviewId = UUID.randomUUID();
        r.submissionId = target.submissionId;
        r.finding = finding;
        r.rule = original.rule;
        r.severity = original.severity;
        r.decision = original.decision;
        r.reason = original.reason;
        r.decidedBy = original.decidedBy;
        r.reviewerRegion = original.reviewerRegion;
        r.decidedAt = original.decidedAt;
        r.carriedFrom = original.submissionId;
        return r;
    }
}
