package org.disclosurepipeline.validation.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.ReportOutcomeEvent;
import org.disclosurepipeline.validation.messaging.OutcomePublisher;

/**
 * One batch, all the way: checked and stored in one transaction, then every verdict published and acknowledged.
 * A transient failure (database, broker) fails the whole batch and the consumer retries it: its effects are
 * idempotent (the same verdicts stored again, published again and dropped downstream as redeliveries).
 */
@ApplicationScoped
public class ValidationBatches {

    @Inject
    ValidationService validation;

    @Inject
    OutcomePublisher publisher;

    @Inject
    MeterRegistry meters;

    public List<ReportOutcomeEvent> validateAndPublish(List<RawReportEvent> batch, UUID revalidation) {
        return validateAndPublish(batch, revalidation, new HashMap<>());
    }

    /**
     * @param traces the trace context each submission's work continues (its record's); each report is checked in
     *               a span of it and its verdict published under that span (docs/tracing.md)
     */
    public List<ReportOutcomeEvent> validateAndPublish(List<RawReportEvent> batch, UUID revalidation,
            Map<UUID, Context> traces) {
        if (batch.isEmpty()) {
            return List.of();
        }
        // a record sent twice (the relay resends what it could not yet mark sent) can sit twice in one poll: one
        // verdict each; two rows of one submission in one insert … on conflict would fail the batch for good
        Map<UUID, RawReportEvent> unique = new LinkedHashMap<>();
        batch.forEach(e -> unique.putIfAbsent(e.submissionId(), e));
        List<ReportOutcomeEvent> outcomes = validation.validate(List.copyOf(unique.values()), revalidation, traces);
        publisher.publish(outcomes, traces);
        DistributionSummary.builder("validation.batch.size").description("reports checked per batch")
                .register(meters).record(batch.size());
        return outcomes;
    }
}
