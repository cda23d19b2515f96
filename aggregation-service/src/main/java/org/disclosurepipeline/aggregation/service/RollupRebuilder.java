package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.model.Rollup;

/**
 * Recomputes a year's rollups from the stored facts: which submission of each agency is current, then every
 * county, city and province sum. The repair path when a rollup is in doubt; live updates are incremental.
 */
@ApplicationScoped
public class RollupRebuilder {

    @Inject
    EntityManager em;

    /** What the rollups of a year would be if rebuilt now, without writing anything. */
    @Transactional
    public Map<Rollup.Key, Rollup> compute(int year) {
        List<ReportFact> facts = ReportFact.list("year", year);
        return RollupCalculator.sum(RollupCalculator.newestByAgency(facts).values());
    }

    @SuppressWarnings("unchecked")
    @Transactional
    public List<Integer> years() {
        return em.createNativeQuery("select distinct report_year from report_fact order by 1").getResultList();
    }

    /** Rebuilds the year and returns the rollups whose figures changed. */
    @Transactional
    public List<Rollup> rebuild(int year) {
        // the live path writes facts, then rollups: take both in that order so neither waits for the other
        em.createNativeQuery("lock table report_fact in share row exclusive mode").executeUpdate();
        em.createNativeQuery("lock table rollup in exclusive mode").executeUpdate();
        List<ReportFact> facts = ReportFact.list("year", year);
        Set<ReportFact> newest = Set.copyOf(RollupCalculator.newestByAgency(facts).values());
        markCurrent(facts, newest);
        Map<Rollup.Key, Rollup> computed = RollupCalculator.sum(newest);
        Map<Rollup.Key, Rollup> stored = new HashMap<>();
        Rollup.<Rollup>list("year", year).forEach(r -> stored.put(Rollup.Key.of(r.regionCode, r.year), r));
        List<Rollup> changed = new ArrayList<>();
        Instant now = Instant.now();
        computed.forEach((key, fresh) -> {
            Rollup old = stored.remove(key);
            if (old == null) {
                fresh.persist();
                changed.add(fresh);
            } else if (!old.sameFiguresAs(fresh)) {
                copy(fresh, old, now);
                changed.add(old);
            }
        });
        stored.forEach((key, orphan) -> { // a region that no longer has any current report
            Rollup zero = RollupCalculator.empty(key);
            if (!orphan.sameFiguresAs(zero)) {
                copy(zero, orphan, now);
                changed.add(orphan);
            }
        });
        return changed;
    }

    /** Clears flags first, then sets them: the unique index allows one current row per agency at any time. */
    private void markCurrent(List<ReportFact> facts, Set<ReportFact> newest) {
        facts.stream().filter(f -> f.current && !newest.contains(f)).forEach(f -> f.current = false);
        em.flush();
        newest.stream().filter(f -> !f.current).forEach(f -> f.current = true);
        em.flush();
    }

    private static void copy(Rollup from, Rollup to, Instant now) {
        to.validatedReports = from.validatedReports;
        to.rejectedReports = from.rejectedReports;
        to.figures = from.figures;
        to.cellReports = from.cellReports;
        to.updatedAt = now;
    }
}
