package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurepipeline.aggregation.config.Deadlines;
import org.disclosurepipeline.aggregation.model.AgencyStatus;
import org.disclosurepipeline.aggregation.model.RejectionReason;
import org.disclosurepipeline.aggregation.model.ReportFact;

/** Per-agency answers for a region: each agency's latest status, and the reasons reports were rejected. */
@ApplicationScoped
public class ReportQueries {

    @Inject
    EntityManager em;

    @Inject
    Deadlines deadlines;

    /** Every township of the region (those without a report as MISSING) and any other agency that reported. */
    @SuppressWarnings("unchecked")
    public List<AgencyStatus> statuses(String code, int year) {
        Map<String, ReportFact> current = new HashMap<>();
        currentFacts(code, year).forEach(f -> current.put(f.agencyCode, f));
        List<Object[]> townships = em.createNativeQuery("select code, name from region where level = 'township'"
                + " and code like :prefix order by code").setParameter("prefix", code + "%").getResultList();
        Instant due = deadlines.dueBefore(year);
        List<AgencyStatus> out = new ArrayList<>(townships.size());
        for (Object[] t : townships) {
            ReportFact f = current.remove((String) t[0]);
            out.add(f == null ? new AgencyStatus((String) t[0], (String) t[1], AgencyStatus.MISSING, null, null,
                    null, 0, 0, List.of()) : status(f, (String) t[1], due));
        }
        current.values().forEach(f -> out.add(status(f, f.agencyName, due)));
        out.sort(Comparator.comparing(AgencyStatus::agencyCode));
        return out;
    }

    /** Rules by how many current rejected reports they rejected, most frequent first. */
    public List<RejectionReason> rejections(String code, int year, int limit) {
        Map<String, List<RejectionReason.Report>> byRule = new LinkedHashMap<>();
        Map<String, Map<String, Object>> example = new HashMap<>();
        for (ReportFact f : currentFacts(code, year)) {
            if (f.validated()) {
                continue;
            }
            Set<String> counted = new HashSet<>(); // a rule counts once per report
            for (Map<String, Object> finding : f.findings) {
                String rule = String.valueOf(finding.get("rule"));
                if (isError(finding) && counted.add(rule)) {
                    byRule.computeIfAbsent(rule, k -> new ArrayList<>())
                            .add(new RejectionReason.Report(f.agencyCode, f.agencyName, f.submissionId));
                    example.putIfAbsent(rule, finding);
                }
            }
        }
        return byRule.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<RejectionReason.Report>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new RejectionReason(e.getKey(), e.getValue().size(),
                        (String) example.get(e.getKey()).get("message"), (String) example.get(e.getKey()).get("messageZh"),
                        e.getValue().stream().sorted(Comparator.comparing(RejectionReason.Report::agencyCode)).toList()))
                .toList();
    }

    private List<ReportFact> currentFacts(String code, int year) {
        return ReportFact.list("current = true and year = ?1 and agencyCode like ?2", year, code + "%");
    }

    private static AgencyStatus status(ReportFact f, String name, Instant due) {
        int errors = (int) f.findings.stream().filter(ReportQueries::isError).count();
        int warnings = (int) f.findings.stream().filter(x -> "warning".equals(x.get("severity"))).count();
        return new AgencyStatus(f.agencyCode, name != null ? name : f.agencyName, f.verdict, f.submissionId,
                f.receivedAt, f.receivedAt.isBefore(due), errors, warnings, f.findings);
    }

    private static boolean isError(Map<String, Object> finding) {
        return "error".equals(finding.get("severity"));
    }
}
