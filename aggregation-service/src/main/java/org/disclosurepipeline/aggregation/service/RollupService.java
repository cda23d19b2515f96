package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.RulesVersions;

/**
 * Applies verdicts to the rollups a batch at a time, in one transaction, idempotently: a submission already stored
 * changes nothing unless the verdict is of a newer rules version (a re-validation), which replaces the stored one;
 * the newest submission of an agency and year (by received-at) is the one counted. Each county, city and province
 * it changes takes the batch's summed change once, at the end of the transaction: no verdict waits on a province.
 */
@ApplicationScoped
public class RollupService {

    @Inject
    FactStore facts;

    @Inject
    RollupStore rollups;

    /**
     * What a batch did.
     *
     * @param changed the rollups it changed (each region once), with their new figures
     * @param counted per submission, whether its verdict changed the rollups (true) or was a redelivery, an
     *                older submission or the re-check of a submission that no longer counts (false)
     */
    public record Result(List<RollupRow> changed, Map<UUID, Boolean> counted) {
    }

    @Transactional
    public Result apply(List<ReportOutcomeEvent> batch) {
        facts.excludeRebuilds();
        Map<UUID, ReportOutcomeEvent> events = new LinkedHashMap<>(); // the newest rules version of each submission
        for (ReportOutcomeEvent e : batch) {
            events.merge(e.submissionId(), e,
                    (a, b) -> RulesVersions.isNewer(b.rulesVersion(), a.rulesVersion()) ? b : a);
        }
        Map<UUID, StoredFact> stored = facts.lockByIds(events.keySet());
        Map<String, StoredFact> current = new HashMap<>(facts.lockCurrent(new TreeSet<>(events.values().stream()
                .map(e -> e.agencyCode() + "/" + e.year()).toList())));
        Set<UUID> wereCurrent = new java.util.HashSet<>();
        current.values().forEach(f -> wereCurrent.add(f.submissionId()));

        Map<Rollup.Key, RollupDelta> deltas = new TreeMap<>();
        Map<UUID, FactStore.NewFact> inserts = new LinkedHashMap<>();
        List<FactStore.NewFact> replacements = new ArrayList<>();
        Map<UUID, Boolean> counted = new HashMap<>();
        for (ReportOutcomeEvent e : events.values()) {
            StoredFact fact = FactMapper.toStored(e);
            StoredFact old = stored.get(e.submissionId());
            if (old != null) {
                if (!RulesVersions.isNewer(e.rulesVersion(), old.rulesVersion())) {
                    counted.put(e.submissionId(), false); // a redelivery
                    continue;
                }
                replacements.add(FactMapper.toNew(e, old.current()));
                StoredFact now = fact.withCurrent(old.current());
                stored.put(e.submissionId(), now);
                if (old.current()) {
                    delta(deltas, old).add(old, -1);
                    delta(deltas, now).add(now, +1);
                    current.put(now.agencyYear(), now);
                }
                counted.put(e.submissionId(), old.current());
                continue;
            }
            StoredFact previous = current.get(fact.agencyYear());
            boolean newest = previous == null || fact.isNewerThan(previous);
            if (newest) {
                if (previous != null) {
                    delta(deltas, previous).add(previous, -1);
                    if (inserts.containsKey(previous.submissionId())) { // superseded within this batch
                        inserts.put(previous.submissionId(), inserts.get(previous.submissionId()).notCurrent());
                    }
                }
                delta(deltas, fact).add(fact, +1);
                current.put(fact.agencyYear(), fact.withCurrent(true));
            }
            inserts.put(e.submissionId(), FactMapper.toNew(e, newest)); // an older submission arriving late: kept
            counted.put(e.submissionId(), newest);
        }

        List<UUID> noLongerCurrent = wereCurrent.stream()
                .filter(id -> current.values().stream().noneMatch(f -> f.submissionId().equals(id))).toList();
        Instant now = Instant.now();
        facts.clearCurrent(noLongerCurrent);
        facts.insert(List.copyOf(inserts.values()), now);
        facts.replace(replacements, now);
        return new Result(applyToRegions(deltas, now), counted);
    }

    /**
     * A review changed whether a current report counts as validated (every error dismissed, or one confirmed
     * again): the fact takes the verdict after review and its regions move it from one count to the other, with its
     * figures. Joins the review's transaction; returns the changed rollups, to publish after the commit.
     */
    @Transactional
    public List<RollupRow> applyReview(UUID submissionId, String verdictAfter) {
        facts.excludeRebuilds();
        StoredFact old = facts.lockByIds(List.of(submissionId)).get(submissionId);
        if (old == null || !old.current() || old.verdict().equals(verdictAfter)) {
            return List.of();
        }
        facts.setVerdictAfterReview(submissionId, verdictAfter);
        StoredFact now = facts.lockByIds(List.of(submissionId)).get(submissionId);
        Map<Rollup.Key, RollupDelta> deltas = new TreeMap<>();
        delta(deltas, old).add(old, -1);
        delta(deltas, now).add(now, +1);
        return applyToRegions(deltas, Instant.now());
    }

    private static RollupDelta delta(Map<Rollup.Key, RollupDelta> deltas, StoredFact f) {
        return deltas.computeIfAbsent(Rollup.Key.of(f.county(), f.year()), k -> new RollupDelta());
    }

    /**
     * Each changed county takes the batch's delta, then each changed city the sum of its counties' deltas, then
     * each province the sum of its cities': one update per region per batch, cities and provinces locked only
     * now, at the end of the transaction, for as long as writing them takes. Returns every changed rollup.
     */
    private List<RollupRow> applyToRegions(Map<Rollup.Key, RollupDelta> deltas, Instant now) {
        List<RollupRow> changed = new ArrayList<>();
        Map<Rollup.Key, RollupDelta> level = deltas;
        for (String name : List.of("county", "city", "province")) {
            level.values().removeIf(RollupDelta::isEmpty);
            if (level.isEmpty()) {
                break;
            }
            Map<Rollup.Key, RollupRow> rows = rollups.lock(level.keySet(), name);
            Map<Rollup.Key, RollupDelta> above = new TreeMap<>();
            level.forEach((key, delta) -> {
                RollupRow row = rows.get(key);
                delta.applyTo(row);
                row.updatedAt = now;
                if (key.regionCode.length() > 2) {
                    String parent = key.regionCode.substring(0, key.regionCode.length() - 2);
                    above.computeIfAbsent(Rollup.Key.of(parent, key.year), k -> new RollupDelta()).addAll(delta);
                }
            });
            rollups.write(rows.values());
            changed.addAll(rows.values());
            level = above;
        }
        return changed;
    }
}
