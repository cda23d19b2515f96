package org.disclosurepipeline.ingest.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.disclosurepipeline.ingest.model.SubmissionStatus;

/**
 * Events the broker can never take (a record over its size limit, an invalid one) are parked: kept in the outbox
 * with the reason, their submission marked PARKED, counted in {@code ingest_outbox_parked_total}, so that the relay
 * goes on with the events behind them instead of retrying one forever.
 */
@ApplicationScoped
public class OutboxParking {

    @Inject
    EntityManager entityManager;

    private final Counter parked;

    @Inject
    OutboxParking(MeterRegistry meters) {
        parked = Counter.builder("ingest.outbox.parked").description("outbox events the broker can never take")
                .register(meters);
    }

    /**
     * Whether a send failed for good: the broker refused this record itself. An outage (timeouts, no leader) is
     * retriable, and so is a refused login or permission, which an operator can fix.
     */
    static boolean neverSendable(Throwable failure) {
        return failure instanceof ApiException && !(failure instanceof RetriableException)
                && !(failure instanceof AuthenticationException) && !(failure instanceof AuthorizationException);
    }

    /** Parks the event in the relay's transaction and marks its submission. */
    void park(OutboxEvent event, String reason) {
        Instant now = Instant.now();
        event.parkedAt = now;
        event.parkedReason = reason;
        entityManager.createNativeQuery("update submission set status = ?1, status_changed_at = ?2 where id = ?3")
                .setParameter(1, SubmissionStatus.PARKED.name())
                .setParameter(2, now)
                .setParameter(3, UUID.fromString(event.eventId))
                .executeUpdate();
        parked.increment();
        Log.errorf("outbox relay: event %s (%s) parked, the broker can never take it: %s", event.eventId,
                event.topic, reason);
    }
}
