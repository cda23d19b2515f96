package org.disclosurepipeline.aggregation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.aggregation.service.RollupService;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code reports.validated} and {@code reports.rejected} on one channel, so that each county's verdicts
 * are applied in the order they were published. Unreadable records go to {@code reports.outcomes.dlq}.
 */
@ApplicationScoped
public class OutcomeConsumer {

    @Inject
    RollupService rollups;

    @Incoming("outcomes")
    @Blocking
    @Retry(maxRetries = 5, delay = 1000, abortOn = UnreadableEventException.class)
    public void onOutcome(String value) {
        rollups.apply(EventCodec.decode(value, ReportOutcomeEvent.class));
    }
}
