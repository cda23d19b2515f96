package org.disclosurepipeline.aggregation.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.ApprovalDecision;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.service.ReviewState;

/**
 * What a check sheet prints for one report: who and what it is, its verdicts and approval, its cells, and its
 * findings numbered from 1 with their latest review decisions.
 *
 * @param approval the latest approval decision of the agency's report for the year, null when none
 */
public record CheckSheet(String agencyCode, String agencyName, int year, UUID submissionId, Instant receivedAt,
        String rulesVersion, boolean current, String verdict, String verdictAfter, ApprovalDecision approval,
        Map<String, BigDecimal> figures, List<Item> items) {

    /** A finding as printed: its number (index + 1), the finding as stored, the decision that counts (or null). */
    public record Item(int number, Map<String, Object> finding, FindingReview decision) {

        public String severity() {
            return String.valueOf(finding.get("severity"));
        }

        public String text(String key) {
            Object v = finding.get(key);
            return v == null ? null : v.toString();
        }

        @SuppressWarnings("unchecked")
        public String location(String key) {
            Object location = finding.get("location");
            Object v = location instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
            return v == null ? null : v.toString();
        }

        @SuppressWarnings("unchecked")
        public List<String> cells() {
            Object cells = finding.get("cells");
            return cells instanceof List<?> l ? ((List<Object>) l).stream().map(String::valueOf).toList() : List.of();
        }

        public boolean dismissed() {
            return decision != null && "DISMISSED".equals(decision.decision);
        }
    }

    /** Read from the stored fact and its decisions (inside the request, which reads the database). */
    public static CheckSheet of(ReportFact f) {
        ReviewState review = ReviewState.of(f);
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < f.findings.size(); i++) {
            items.add(new Item(i + 1, f.findings.get(i), review.latest().get(i)));
        }
        return new CheckSheet(f.agencyCode, f.agencyName, f.year, f.submissionId, f.receivedAt, f.rulesVersion,
                f.current, f.verdictOfRules(), review.verdictAfter(),
                ApprovalDecision.latest(f.agencyCode, f.year).orElse(null), f.figures, List.copyOf(items));
    }
}
