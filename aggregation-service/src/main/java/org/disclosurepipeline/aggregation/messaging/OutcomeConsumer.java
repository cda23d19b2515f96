package org.disclosurepipeline.aggregation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.disclosurepipeline.aggregation.model.Rollup;
import org.disclosurepipeline.aggregation.service.PipelineStats;
import org.disclosurepipeline.aggregation.service.RollupService;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code reports.validated} and {@code reports.rejected} on one channel, so that each county's verdicts
 * are applied in the order they were published. Unreadable records go to {@code reports.outcomes.dlq}. The changed
 * rollups are published after the transaction committed.
 */
@ApplicationScoped
public class OutcomeConsumer {

    @Inject
    RollupService rollups;

    @Inject
    RollupPublisher publisher;

    @Inject
    PipelineStats stats;

    @Incoming("outcomes")
    @Blocking
    @Retry(maxRetries = 5, delay = 1000, abortOn = UnreadableEventException.class)
    public void onOutcome(String value) {
        ReportOutcomeEvent event = EventCodec.decode(value, ReportOutcomeEvent.class);
        List<Rollup> changed = rollups.apply(event);
        stats.outcomeApplied(event.verdict().name(), !changed.isEmpty());
        publisher.publish(changed);
    }
}
