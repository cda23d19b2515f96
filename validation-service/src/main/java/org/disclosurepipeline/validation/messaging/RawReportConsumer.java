package org.disclosurepipeline.validation.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.validation.service.ValidationService;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code reports.raw}: validates each submission and publishes the verdict before the record is
 * committed (at-least-once; downstream consumers drop duplicates by submission id). A record that is not a raw
 * report event at all goes to {@code reports.raw.dlq} with the reason, and consumption goes on; transient
 * failures (database, broker) are retried first.
 */
@ApplicationScoped
public class RawReportConsumer {

    @Inject
    ValidationService validation;

    @Inject
    OutcomePublisher publisher;

    @Incoming("raw")
    @Blocking
    @Retry(maxRetries = 5, delay = 1000, abortOn = UnreadableEventException.class)
    public void onRaw(String value) {
        RawReportEvent raw = EventCodec.decode(value, RawReportEvent.class);
        publisher.publish(validation.validate(raw));
    }
}
