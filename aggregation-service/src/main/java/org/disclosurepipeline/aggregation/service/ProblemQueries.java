package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.ProblemRow;

/**
 * A region's problem list read a round of reports at a time (keyset by agency code), each finding of each current
 * report with its latest review decision and the report's approval, joined in PostgreSQL: what the service holds at
 * once is one round, never a year.
 */
@ApplicationScoped
public class ProblemQueries {

    /** The next round's findings, and the agency code to continue after (null when no reports are left). */
    public record Round(List<ProblemRow> rows, String last) {
    }

    private static final String FINDINGS = "select f.agency_code::text, f.agency_name, f.submission_id, x.n - 1,"
            + " e->>'rule', e->>'severity', e->>'messageZh', e->>'message', e->'location'->>'table',"
            + " e->'location'->>'row', e->'location'->>'column', coalesce((select string_agg(c, ' ')"
            + " from jsonb_array_elements_text(case when jsonb_typeof(e->'cells') = 'array' then e->'cells'"
            + " else '[]'::jsonb end) c), ''), r.decision, r.reason, r.decided_by, r.decided_at,"
            + " a.state, a.reason, a.decided_by, a.decided_at"
            + " from report_fact f cross join lateral jsonb_array_elements(f.findings) with ordinality x(e, n)"
            + " left join lateral (select decision, reason, decided_by, decided_at from finding_review r"
            + " where r.submission_id = f.submission_id and r.finding_index = x.n - 1 and r.rule = e->>'rule'"
            + " order by decided_at desc, review_id desc limit 1) r on true"
            + " left join lateral (select state, reason, decided_by, decided_at from approval_decision a"
            + " where a.report_year = f.report_year and a.region_code = f.agency_code::text"
            + " order by decided_at desc, decision_id desc limit 1) a on true"
            + " where f.is_current and f.report_year = :year and f.agency_code like :prefix"
            + " and f.agency_code > :after and f.agency_code <= :last";

    @Inject
    EntityManager em;

    /** The findings of the next {@code reports} current reports after {@code after} ("" to start), in code order. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Round next(String region, int year, boolean onlyOpen, String after, int reports) {
        List<Object> codes = em.createNativeQuery("select agency_code::text from report_fact where is_current"
                        + " and report_year = :year and agency_code like :prefix and agency_code > :after"
                        + " order by agency_code limit :n")
                .setParameter("year", year).setParameter("prefix", region + "%").setParameter("after", after)
                .setParameter("n", reports).getResultList();
        if (codes.isEmpty()) {
            return new Round(List.of(), null);
        }
        String last = codes.get(codes.size() - 1).toString();
        List<Object[]> rows = em.createNativeQuery(FINDINGS + (onlyOpen
                        ? " and coalesce(r.decision, '') <> 'DISMISSED'" : "") + " order by f.agency_code, x.n")
                .setParameter("year", year).setParameter("prefix", region + "%").setParameter("after", after)
                .setParameter("last", last).getResultList();
        List<ProblemRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String cells = (String) r[11];
            out.add(new ProblemRow(((String) r[0]).trim(), (String) r[1], (UUID) r[2], ((Number) r[3]).intValue(),
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], cells.isEmpty() ? List.of() : List.of(cells.split(" ")), (String) r[12],
                    (String) r[13], (String) r[14], instant(r[15]), (String) r[16], (String) r[17], (String) r[18],
                    instant(r[19])));
        }
        return new Round(out, codes.size() < reports ? null : last);
    }

    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
    }
}
