package org.disclosurepipeline.aggregation.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Recomputes a year's rollups from the stored facts, inside PostgreSQL: which submission of each agency is
 * current, then the county sums of the current facts, the cities from the counties and the provinces from the
 * cities. Nothing of the year is loaded into the service, whatever its size; what comes back is the codes of the
 * rollups that changed. The repair path when a rollup is in doubt; live updates are incremental.
 */
@ApplicationScoped
public class RollupRebuilder {

    /** The facts of the year, newest first per agency (the live path's order, see {@link FactOrder}). */
    private static final String RANKED = "with ranked as (select submission_id, row_number() over (partition by"
            + " agency_code order by received_at desc, submission_id::text desc) rn from report_fact"
            + " where report_year = :year) ";

    /** The {@code level} rollups as sums of the fresh {@code childLevel} rollups under them. */
    private static String parents(String level, int length, String childLevel) {
        return "with children as (select left(region_code, " + length + ") code, validated, rejected, figures,"
                + " cell_reports from fresh_rollup where level = '" + childLevel + "'),"
                + " counts as (select code, sum(validated) v, sum(rejected) j from children group by code),"
                + " sums as (select code, jsonb_object_agg(k, s) f from (select code, e.key k, sum(e.value::numeric) s"
                + "   from children, jsonb_each_text(children.figures) e group by 1, 2) x group by 1),"
                + " cells as (select code, jsonb_object_agg(k, n) c from (select code, e.key k, sum(e.value::int) n"
                + "   from children, jsonb_each_text(children.cell_reports) e group by 1, 2) x group by 1)"
                + " insert into fresh_rollup select counts.code, '" + level + "', v, j, coalesce(sums.f, '{}'::jsonb),"
                + " coalesce(cells.c, '{}'::jsonb) from counts left join sums using (code) left join cells using (code)";
    }

    /** AggregationConfig.Rebuild#transactionTimeout, in seconds. */
    private static final String REBUILD_TIMEOUT = "aggregation.rebuild.transaction-timeout";

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    @Transactional
    public List<Integer> years() {
        return em.createNativeQuery("select distinct report_year from report_fact order by 1").getResultList();
    }

    /** Rebuilds the year and returns the codes of the rollups whose figures changed. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = REBUILD_TIMEOUT)
    public List<String> rebuild(int year) {
        // the live path takes the facts, then the rollups: take both in that order so neither waits for the other
        em.createNativeQuery("lock table report_fact in share row exclusive mode").executeUpdate();
        em.createNativeQuery("lock table rollup in exclusive mode").executeUpdate();
        // one current fact per agency: clear the flags first, the unique index allows one at any time
        em.createNativeQuery(RANKED + "update report_fact f set is_current = false from ranked r"
                + " where f.submission_id = r.submission_id and r.rn > 1 and f.is_current")
                .setParameter("year", year).executeUpdate();
        em.createNativeQuery(RANKED + "update report_fact f set is_current = true from ranked r"
                + " where f.submission_id = r.submission_id and r.rn = 1 and not f.is_current")
                .setParameter("year", year).executeUpdate();
        compute(year);
        Instant now = Instant.now();
        List<String> changed = new ArrayList<>(codes(em.createNativeQuery("insert into rollup (region_code,"
                + " report_year, level, validated_reports, rejected_reports, figures, cell_reports, updated_at)"
                + " select region_code, :year, level, validated, rejected, figures, cell_reports, :now"
                + " from fresh_rollup on conflict (region_code, report_year) do update set"
                + " validated_reports = excluded.validated_reports, rejected_reports = excluded.rejected_reports,"
                + " figures = excluded.figures, cell_reports = excluded.cell_reports, updated_at = excluded.updated_at"
                + " where (rollup.validated_reports, rollup.rejected_reports, rollup.figures, rollup.cell_reports)"
                + " is distinct from (excluded.validated_reports, excluded.rejected_reports, excluded.figures,"
                + " excluded.cell_reports) returning region_code").setParameter("year", year).setParameter("now", now)
                .getResultList()));
        // a region that no longer has any current report
        changed.addAll(codes(em.createNativeQuery("update rollup r set validated_reports = 0, rejected_reports = 0,"
                + " figures = '{}'::jsonb, cell_reports = '{}'::jsonb, updated_at = :now where r.report_year = :year"
                + " and not exists (select 1 from fresh_rollup f where f.region_code = r.region_code) and"
                + " (validated_reports <> 0 or rejected_reports <> 0 or figures <> '{}'::jsonb"
                + " or cell_reports <> '{}'::jsonb) returning region_code").setParameter("year", year)
                .setParameter("now", now).getResultList()));
        changed.sort(String::compareTo);
        return changed;
    }

    /**
     * What a rebuild of the year would change now, without changing anything: the codes of the maintained
     * rollups that differ from a fresh computation from the current facts.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = REBUILD_TIMEOUT)
    public List<String> differences(int year) {
        compute(year);
        return codes(em.createNativeQuery("select coalesce(f.region_code, r.region_code) from fresh_rollup f"
                + " full join (select * from rollup where report_year = :year) r on r.region_code = f.region_code"
                + " where (r.validated_reports, r.rejected_reports, r.figures, r.cell_reports) is distinct from"
                + " (f.validated, f.rejected, f.figures, f.cell_reports) and not (f.region_code is null and"
                + " r.validated_reports = 0 and r.rejected_reports = 0 and r.figures = '{}'::jsonb) order by 1")
                .setParameter("year", year).getResultList());
    }

    /** The year's rollups computed from the current facts into a temporary table, {@code fresh_rollup}. */
    private void compute(int year) {
        em.unwrap(Session.class).doWork(c -> {
            try (var s = c.createStatement()) {
                s.execute("create temporary table if not exists fresh_rollup (region_code varchar(6), level varchar(10),"
                        + " validated int, rejected int, figures jsonb, cell_reports jsonb) on commit drop");
                s.execute("truncate fresh_rollup");
            }
        });
        em.createNativeQuery("insert into fresh_rollup select county_code, 'county',"
                + " count(*) filter (where verdict = 'VALIDATED'), count(*) filter (where verdict <> 'VALIDATED'),"
                + " '{}'::jsonb, '{}'::jsonb from report_fact where report_year = :year and is_current group by 1")
                .setParameter("year", year).executeUpdate();
        // county by county (through the county index): each county's cells are summed in memory, where one
        // county × cell sort of the whole year (8 million rows for 40,000 reports) spilled half a gigabyte to disk
        em.createNativeQuery("update fresh_rollup r set figures = agg.figures, cell_reports = agg.cells from"
                + " (select r2.region_code code, x.figures, x.cells from fresh_rollup r2 cross join lateral"
                + " (select jsonb_object_agg(k, s) figures, jsonb_object_agg(k, n) cells from (select e.key k,"
                + " sum(e.value::numeric) s, count(*) n from report_fact f, jsonb_each_text(f.figures) e"
                + " where f.county_code = r2.region_code::char(6) and f.report_year = :year and f.is_current"
                + " and f.verdict = 'VALIDATED' group by 1) y) x where r2.level = 'county') agg"
                + " where r.region_code = agg.code and agg.figures is not null")
                .setParameter("year", year).executeUpdate();
        em.createNativeQuery(parents("city", 4, "county")).executeUpdate();
        em.createNativeQuery(parents("province", 2, "city")).executeUpdate();
    }

    private static List<String> codes(List<?> rows) {
        return rows.stream().map(o -> ((String) o).trim()).toList();
    }
}
