package org.disclosurepipeline.aggregation.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurepipeline.aggregation.model.FindingReview;
import org.disclosurepipeline.aggregation.model.ReportFact;

/**
 * A submission's findings with their latest decisions: which are dismissed, how many errors are still open, and the
 * verdict once dismissed findings no longer count.
 */
public record ReviewState(ReportFact fact, Map<Integer, FindingReview> latest) {

    public static ReviewState of(ReportFact fact) {
        return of(fact, FindingReview.of(fact.submissionId));
    }

    /** @param reviews the submission's decisions, oldest first (a queue reads those of many reports at once) */
    public static ReviewState of(ReportFact fact, List<FindingReview> reviews) {
        Map<Integer, FindingReview> latest = new HashMap<>();
        for (FindingReview r : reviews) { // oldest first: the last one wins
            if (r.finding < fact.findings.size() && Objects.equals(r.rule, rule(fact.findings.get(r.finding)))) {
                latest.put(r.finding, r);
            }
        }
        return new ReviewState(fact, latest);
    }

    /** The latest decision on a finding, or null when none was taken. */
    public FindingReview decision(int finding) {
        return latest.get(finding);
    }

    public boolean dismissed(int finding) {
        FindingReview r = latest.get(finding);
        return r != null && "DISMISSED".equals(r.decision);
    }

    public int openErrors() {
        List<Map<String, Object>> findings = fact.findings;
        int open = 0;
        for (int i = 0; i < findings.size(); i++) {
            if ("error".equals(findings.get(i).get("severity")) && !dismissed(i)) {
                open++;
            }
        }
        return open;
    }

    /** VALIDATED when the report was, or when every error of a rejected report was dismissed. */
    public String verdictAfter() {
        return "VALIDATED".equals(fact.verdictOfRules()) || openErrors() == 0 ? "VALIDATED" : "REJECTED";
    }

    static String rule(Map<String, Object> finding) {
        Object rule = finding.get("rule");
        return rule == null ? null : rule.toString();
    }
}
