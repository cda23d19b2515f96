package org.disclosurepipeline.aggregation.support;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.RulesVersions;
import org.disclosurepipeline.contract.events.Verdict;

/**
 * What the rollups must be after a set of verdicts, worked out here in the plainest way, independently of the
 * service: for each submission the verdict of the newest rules version, for each agency and year the submission
 * received last (ties: the larger id as text), and their sums at county, city and province.
 */
public final class ExpectedRollups {

    /** A rollup: reports validated and rejected, and the sum of each filled cell over the validated ones. */
    public record Expected(int validated, int rejected, Map<String, BigDecimal> figures) {
    }

    private ExpectedRollups() {
    }

    /** By "code/year". */
    public static Map<String, Expected> of(Collection<ReportOutcomeEvent> sent) {
        Map<UUID, ReportOutcomeEvent> bySubmission = new HashMap<>();
        for (ReportOutcomeEvent e : sent) {
            bySubmission.merge(e.submissionId(), e,
                    (a, b) -> RulesVersions.isNewer(b.rulesVersion(), a.rulesVersion()) ? b : a);
        }
        Map<String, ReportOutcomeEvent> newest = new HashMap<>();
        for (ReportOutcomeEvent e : bySubmission.values()) {
            newest.merge(e.agencyCode() + "/" + e.year(), e, (a, b) -> newer(b, a) ? b : a);
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
        for (ReportOutcomeEvent e : newest.values()) {
            for (String region : new String[] {RegionCode.county(e.agencyCode()), RegionCode.city(e.agencyCode()),
                    RegionCode.province(e.agencyCode())}) {
                String key = region + "/" + e.year();
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                Map<String, BigDecimal> figures = sums.computeIfAbsent(key, k -> new TreeMap<>());
                if (e.verdict() == Verdict.VALIDATED) {
                    c[0]++;
                    for (String cell : e.report().cells().keySet()) {
                        BigDecimal v = e.report().decimal(cell);
                        if (v != null) {
                            figures.merge(cell, v, BigDecimal::add);
                        }
                    }
                } else {
                    c[1]++;
                }
            }
        }
        Map<String, Expected> out = new TreeMap<>();
        counts.forEach((key, c) -> {
            Map<String, BigDecimal> byValue = new TreeMap<>(); // 2.50 and 2.5 are the same sum
            sums.get(key).forEach((cell, v) -> byValue.put(cell, v.stripTrailingZeros()));
            out.put(key, new Expected(c[0], c[1], byValue));
        });
        return out;
    }

    private static boolean newer(ReportOutcomeEvent a, ReportOutcomeEvent b) {
        int byTime = a.receivedAt().compareTo(b.receivedAt());
        return byTime != 0 ? byTime > 0 : a.submissionId().toString().compareTo(b.submissionId().toString()) > 0;
    }
}
