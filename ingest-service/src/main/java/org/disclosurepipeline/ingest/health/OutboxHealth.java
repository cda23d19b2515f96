package org.disclosurepipeline.ingest.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.disclosurepipeline.ingest.messaging.OutboxRelay;
import org.disclosurepipeline.ingest.model.OutboxEvent;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail of the outbox and the broker. Always UP: an upload needs only the database (its own readiness
 * check), the broker's state is reported here and in {@code ingest_outbox_pending}, not a reason to stop taking
 * uploads.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    BrokerProbe broker;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxHealth(MeterRegistry meters) {
        Gauge.builder("ingest.outbox.pending", this, h -> h.pending())
                .description("outbox events waiting for the broker").register(meters);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("outbox and broker").up()
                .withData("broker", broker.reachable() ? "reachable" : "unreachable")
                .withData("brokerSince", broker.since().toString())
                .withData("relay", relay.isFailing() ? "failing, events wait in the outbox" : "publishing")
                .withData("outboxPending", (long) pending());
        if (broker.problem() != null) {
            r.withData("brokerProblem", broker.problem());
        }
        return r.build();
    }

    private double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(OutboxEvent::pending);
        } catch (RuntimeException e) {
            return Double.NaN; // the database is down: its own check says so
        }
    }
}
