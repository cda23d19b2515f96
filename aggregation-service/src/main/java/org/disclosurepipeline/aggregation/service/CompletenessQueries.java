package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurepipeline.aggregation.config.Deadlines;
import org.disclosurepipeline.aggregation.model.Completeness;

/**
 * Completeness from the region table and the current facts, at query time: the deadline is configuration, so
 * on-time counts follow it without a rebuild. Regions are matched by code prefix (610722 → 610722xxx).
 */
@ApplicationScoped
public class CompletenessQueries {

    private static final String NOT_REPORTED = " and not exists (select 1 from report_fact f where f.is_current"
            + " and f.report_year = :year and f.agency_code = r.code)";

    @Inject
    EntityManager em;

    @Inject
    Deadlines deadlines;

    /** One region, with the missing townships named. */
    public Completeness of(String code, int year) {
        Completeness counts = grouped(code, code.length(), year).getOrDefault(code, empty(year));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.code, r.name from region r where r.level = 'township'"
                        + " and r.code like :prefix" + NOT_REPORTED + " order by r.code")
                .setParameter("prefix", code + "%").setParameter("year", year).getResultList();
        List<Completeness.Agency> missing = rows.stream()
                .map(r -> new Completeness.Agency((String) r[0], (String) r[1])).toList();
        return new Completeness(counts.dueOn(), counts.expected(), counts.submitted(), counts.validated(),
                counts.rejected(), counts.onTime(), counts.missingCount(), missing);
    }

    /** Counts for every region of code length {@code length} under {@code parent} ("" for the whole country). */
    @SuppressWarnings("unchecked")
    public Map<String, Completeness> grouped(String parent, int length, int year) {
        Map<String, long[]> acc = new HashMap<>(); // expected, missing, submitted, validated, onTime
        List<Object[]> expected = em.createNativeQuery("select left(r.code, :len), count(*), count(*) filter (where"
                        + " not exists (select 1 from report_fact f where f.is_current and f.report_year = :year"
                        + " and f.agency_code = r.code)) from region r where r.level = 'township'"
                        + " and r.code like :prefix group by 1")
                .setParameter("len", length).setParameter("year", year).setParameter("prefix", parent + "%")
                .getResultList();
        expected.forEach(r -> put(acc, r[0], 0, r[1], r[2]));
        List<Object[]> facts = em.createNativeQuery("select left(f.agency_code, :len), count(*), count(*) filter"
                        + " (where f.verdict = 'VALIDATED'), count(*) filter (where f.received_at < :due)"
                        + " from report_fact f where f.is_current and f.report_year = :year"
                        + " and f.agency_code like :prefix group by 1")
                .setParameter("len", length).setParameter("year", year).setParameter("prefix", parent + "%")
                .setParameter("due", deadlines.dueBefore(year)).getResultList();
        facts.forEach(r -> put(acc, r[0], 2, r[1], r[2], r[3]));
        Map<String, Completeness> out = new HashMap<>();
        acc.forEach((code, v) -> out.put(code, new Completeness(deadlines.dueOn(year), v[0], v[2], v[3],
                v[2] - v[3], v[4], v[1], null)));
        return out;
    }

    public Completeness empty(int year) {
        return new Completeness(deadlines.dueOn(year), 0, 0, 0, 0, 0, 0, null);
    }

    private static void put(Map<String, long[]> acc, Object code, int from, Object... values) {
        long[] v = acc.computeIfAbsent(((String) code).trim(), k -> new long[5]);
        for (int i = 0; i < values.length; i++) {
            v[from + i] = ((Number) values[i]).longValue();
        }
    }
}
