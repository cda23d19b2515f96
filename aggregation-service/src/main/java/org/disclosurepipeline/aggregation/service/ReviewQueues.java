package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.ApprovalState;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.model.QueueItem;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.model.ReviewQueue;

/** The dashboard's workspace: the reports of a region with what is left to decide on each, in three queries. */
@ApplicationScoped
public class ReviewQueues {

    private static final List<String> STATES = List.of(QueueItem.OPEN_ERRORS, ApprovalState.AWAITING,
            ApprovalDecision.APPROVED, ApprovalDecision.RETURNED);

    @Inject
    ApprovalQueries approvals;

    @Inject
    EntityManager em;

    public ReviewQueue of(String region, int year) {
        @SuppressWarnings("unchecked")
        List<ReportFact> facts = em.createNativeQuery("select * from report_fact where is_current"
                        + " and report_year = :year and agency_code like :prefix order by agency_code", ReportFact.class)
                .setParameter("year", year).setParameter("prefix", region + "%").getResultList();
        List<UUID> ids = facts.stream().map(f -> f.submissionId).toList();
        Map<UUID, List<FindingReview>> reviews = ids.isEmpty() ? Map.of()
                : FindingReview.<FindingReview>list("submissionId in ?1 order by decidedAt, reviewId", ids).stream()
                        .collect(Collectors.groupingBy(r -> r.submissionId));
        Map<String, ApprovalState> decided = approvals.latest(region, year);
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATES.forEach(s -> counts.put(s, 0));
        List<QueueItem> items = new ArrayList<>();
        for (ReportFact f : facts) {
            QueueItem item = item(f, ReviewState.of(f, reviews.getOrDefault(f.submissionId, List.of())),
                    decided.get(f.agencyCode.trim()));
            counts.merge(item.state(), 1, Integer::sum);
            items.add(item);
        }
        List<ApprovalState> parts = region.length() < 9 ? approvals.states(region, year) : List.of();
        return new ReviewQueue(region, year, counts, items, parts);
    }

    private static QueueItem item(ReportFact f, ReviewState review, ApprovalState approval) {
        int errors = 0;
        int undecided = 0;
        for (int i = 0; i < f.findings.size(); i++) {
            Object severity = f.findings.get(i).get("severity");
            errors += "error".equals(severity) ? 1 : 0;
            boolean counts = "error".equals(severity) || "warning".equals(severity);
            undecided += counts && review.decision(i) == null ? 1 : 0;
        }
        int open = review.openErrors();
        String state = approval != null ? approval.state() : open > 0 ? QueueItem.OPEN_ERRORS : ApprovalState.AWAITING;
        // approved: the county has accepted it as it stands, undecided warnings included
        boolean problem = !ApprovalDecision.APPROVED.equals(state) && (undecided > 0
                || QueueItem.OPEN_ERRORS.equals(state) || ApprovalDecision.RETURNED.equals(state));
        return new QueueItem(f.agencyCode.trim(), f.agencyName, f.submissionId, f.verdict, errors, open, undecided,
                state, approval == null ? null : approval.reason(), problem);
    }
}
