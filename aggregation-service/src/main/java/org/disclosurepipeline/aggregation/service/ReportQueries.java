package org.disclosurepipeline.aggregation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.aggregation.config.Deadlines;
import org.disclosurepipeline.aggregation.model.AgencyStatus;
import org.disclosurepipeline.aggregation.model.Page;
import org.disclosurepipeline.aggregation.model.RejectionReason;
import org.disclosurepipeline.core.json.Json;

/**
 * Per-agency answers for a region, computed in PostgreSQL a page at a time: each agency's latest status, and the
 * reasons reports were rejected (counted in SQL: a province's rejected reports never pass through the service).
 */
@ApplicationScoped
public class ReportQueries {

    /** At most this many reports are named per rejection reason (its count is of all of them). */
    public static final int REPORTS_PER_REASON = 1000;

    private static final TypeReference<List<Map<String, Object>>> FINDINGS = new TypeReference<>() {
    };

    /** Every township of the region (MISSING when it has no report) and any other agency that reported. */
    private static final String STATUSES = "with t as (select code, name from region where level = 'township'"
            + " and code like :prefix), f as (select submission_id, agency_code::text agency_code, agency_name, verdict,"
            + " received_at, findings from report_fact where is_current and report_year = :year"
            + " and agency_code like :prefix), s as (select coalesce(t.code, f.agency_code) code,"
            + " coalesce(t.name, f.agency_name) name, coalesce(f.verdict, 'MISSING') status, f.submission_id,"
            + " f.received_at, f.findings from t full join f on f.agency_code = t.code) ";

    @Inject
    EntityManager em;

    @Inject
    Deadlines deadlines;

    /** A page of the region's agencies in code order, optionally only those of one status. */
    @SuppressWarnings("unchecked")
    public Page<AgencyStatus> statuses(String code, int year, String status, int offset, int limit) {
        String where = status == null ? "" : " where status = :status";
        var count = em.createNativeQuery(STATUSES + "select count(*) from s" + where);
        var page = em.createNativeQuery(STATUSES + "select code, name, status, submission_id, received_at,"
                + " findings::text from s" + where + " order by code limit :limit offset :offset");
        for (var q : List.of(count, page)) {
            q.setParameter("prefix", code + "%").setParameter("year", year);
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> rows = page.setParameter("limit", limit).setParameter("offset", offset).getResultList();
        Instant due = deadlines.dueBefore(year);
        List<AgencyStatus> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(status(r, due));
        }
        return new Page<>(out, total, offset, limit);
    }

    /**
     * Rules by how many current rejected reports they rejected, most frequent first (a rule once per report); errors
     * a reviewer dismissed no longer count.
     */
    @SuppressWarnings("unchecked")
    public List<RejectionReason> rejections(String code, int year, int limit) {
        List<Object[]> rows = em.createNativeQuery("with errors as (select distinct on (f.submission_id, e->>'rule')"
                        + " e->>'rule' rule, f.submission_id, f.agency_code::text agency_code, f.agency_name,"
                        + " e->>'message' message, e->>'messageZh' message_zh from report_fact f,"
                        + " jsonb_array_elements(f.findings) with ordinality x(e, n) where f.is_current"
                        + " and f.report_year = :year and f.agency_code like :prefix and f.verdict = 'REJECTED'"
                        + " and e->>'severity' = 'error' and not exists (select 1 from finding_dismissed d"
                        + " where d.submission_id = f.submission_id and d.finding_index = x.n - 1"
                        + " and d.rule = e->>'rule')),"
                        + " top as (select rule, count(*) n, min(message) message, min(message_zh) message_zh"
                        + " from errors group by rule order by n desc, rule limit :limit),"
                        + " named as (select rule, agency_code, agency_name, submission_id, row_number() over"
                        + " (partition by rule order by agency_code, submission_id) i from errors"
                        + " where rule in (select rule from top))"
                        + " select top.rule, top.n, top.message, top.message_zh, named.agency_code, named.agency_name,"
                        + " named.submission_id from top join named using (rule) where named.i <= :named"
                        + " order by top.n desc, top.rule, named.agency_code")
                .setParameter("year", year).setParameter("prefix", code + "%").setParameter("limit", limit)
                .setParameter("named", REPORTS_PER_REASON).getResultList();
        Map<String, RejectionReason> reasons = new LinkedHashMap<>();
        for (Object[] r : rows) {
            RejectionReason reason = reasons.computeIfAbsent((String) r[0], rule -> new RejectionReason(rule,
                    ((Number) r[1]).intValue(), (String) r[2], (String) r[3], new ArrayList<>()));
            reason.agencies().add(new RejectionReason.Report(((String) r[4]).trim(), (String) r[5], (UUID) r[6]));
        }
        return List.copyOf(reasons.values());
    }

    private static AgencyStatus status(Object[] r, Instant due) {
        String code = ((String) r[0]).trim();
        if (AgencyStatus.MISSING.equals(r[2])) {
            return new AgencyStatus(code, (String) r[1], AgencyStatus.MISSING, null, null, null, 0, 0, List.of());
        }
        Instant received = instant(r[4]);
        List<Map<String, Object>> findings = findings((String) r[5]);
        int errors = (int) findings.stream().filter(f -> "error".equals(f.get("severity"))).count();
        int warnings = (int) findings.stream().filter(f -> "warning".equals(f.get("severity"))).count();
        return new AgencyStatus(code, (String) r[1], (String) r[2], (UUID) r[3], received, received.isBefore(due),
                errors, warnings, findings);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    private static List<Map<String, Object>> findings(String json) {
        try {
            return json == null ? List.of() : Json.mapper().readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings are not JSON", e);
        }
    }
}
