package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurepipeline.aggregation.model.ReportFact;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.contract.events.RegionCode;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;

/**
 * Applies verdicts to the rollups, idempotently: a submission already stored changes nothing; the newest
 * submission of an agency and year (by received-at) is the one counted, at county, city and province alike.
 */
@ApplicationScoped
public class RollupService {

    @Inject
    EntityManager entityManager;

    /** Returns the rollups that changed (none for a redelivery or for a submission already superseded). */
    @Transactional
    public List<Rollup> apply(ReportOutcomeEvent event) {
        if (ReportFact.findById(event.submissionId()) != null) {
            return List.of();
        }
        ReportFact fact = FactMapper.toFact(event);
        fact.persist();
        Optional<ReportFact> current = ReportFact.lockCurrent(fact.agencyCode, fact.year);
        List<Contribution> changes = new ArrayList<>();
        if (current.isPresent()) {
            ReportFact old = current.get();
            if (!fact.isNewerThan(old)) {
                return List.of(); // an older submission arriving late: kept as a fact, not counted
            }
            old.current = false;
            entityManager.flush(); // the unique index allows one current row at a time
            changes.add(Contribution.remove(old));
        }
        fact.current = true;
        changes.add(Contribution.add(fact));
        return addToRegions(fact, changes);
    }

    /** County, city, province: always locked in this order, so concurrent consumers cannot deadlock. */
    private List<Rollup> addToRegions(ReportFact fact, List<Contribution> changes) {
        List<Rollup> changed = new ArrayList<>(3);
        Instant now = Instant.now();
        for (String region : List.of(fact.countyCode, fact.cityCode, fact.provinceCode)) {
            Rollup rollup = lockOrCreate(region, fact.year);
            changes.forEach(c -> c.applyTo(rollup));
            rollup.updatedAt = now;
            changed.add(rollup);
        }
        return changed;
    }

    private Rollup lockOrCreate(String region, int year) {
        entityManager.createNativeQuery("insert into rollup (region_code, report_year, level, validated_reports, "
                        + "rejected_reports, figures, cell_reports, updated_at) values (?1, ?2, ?3, 0, 0, "
                        + "'{}'::jsonb, '{}'::jsonb, now()) on conflict do nothing")
                .setParameter(1, region).setParameter(2, year).setParameter(3, RegionCode.level(region))
                .executeUpdate();
        return Rollup.lock(region, year).orElseThrow();
    }
}
