package org.disclosurepipeline.aggregation.service;

import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.disclosurepipeline.aggregation.messaging.RollupPublisher;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;

/**
 * One batch of verdicts, all the way: applied in one transaction, then every changed rollup published and
 * acknowledged. A transient failure fails the whole batch and the consumer retries it; a retry after the commit finds every verdict stored
 * (changes nothing) and so does not announce the changes again: the next change of a region carries its full
 * figures, and the query API is always current. The decisions on a corrected version are carried over to its
 * correction in a transaction of their own, after the verdicts' ({@link CarriedReviews}).
 */
@ApplicationScoped
public class OutcomeBatches {

    @Inject
    RollupService rollups;

    @Inject
    RollupPublisher publisher;

    @Inject
    PipelineStats stats;

    @Inject
    VerdictTraces traces;

    @Inject
    CarriedReviews carried;

    public void applyAndPublish(List<ReportOutcomeEvent> batch) {
        applyAndPublish(batch, Map.of());
    }

    /** @param parents the trace context each verdict continues (its record's): docs/tracing.md */
    public void applyAndPublish(List<ReportOutcomeEvent> batch, Map<UUID, Context> parents) {
        if (batch.isEmpty()) {
            return;
        }
        Instant start = Instant.now();
        RollupService.Result result = rollups.apply(batch);
        VerdictTraces.Applied applied = traces.applied(batch, parents, result, start, Instant.now());
        Set<java.util.UUID> seen = new HashSet<>();
        for (ReportOutcomeEvent e : batch) {
            boolean counted = seen.add(e.submissionId()) && result.counted().getOrDefault(e.submissionId(), false);
            stats.outcomeApplied(e.verdict().name(), counted);
        }
        stats.batchApplied(batch.size());
        // a correction takes over the decisions on the version it corrects; a retry finds them carried already
        Map<String, RollupPublisher.Change> changes = new LinkedHashMap<>();
        result.changed().stream().map(RollupRow::toChange).forEach(c -> changes.put(c.regionCode() + "/" + c.year(), c));
        carried.carry(batch).forEach(c -> changes.put(c.regionCode() + "/" + c.year(), c)); // the later figures win
        publisher.publish(List.copyOf(changes.values()), applied::causeOf);
    }
}
