package org.disclosurepipeline.ingest.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the broker answers, asked every few seconds: for health detail and {@code ingest_broker_reachable}, never
 * for readiness. Uploads go into the outbox whatever the broker does, so ingest stays ready while it is down.
 */
@ApplicationScoped
public class BrokerProbe {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Admin admin;
    private volatile boolean reachable = true;
    private volatile String problem;
    private volatile Instant since = Instant.now();

    @Inject
    BrokerProbe(MeterRegistry meters) {
        Gauge.builder("ingest.broker.reachable", this, p -> p.reachable ? 1 : 0)
                .description("1 while the Kafka broker answers, 0 while it does not (uploads still go to the outbox)")
                .register(meters);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        boolean now;
        try {
            admin().describeCluster().nodes().get(3, TimeUnit.SECONDS);
            now = true;
            problem = null;
        } catch (Exception e) {
            now = false;
            problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (now != reachable) {
            since = Instant.now();
        }
        reachable = now;
    }

    public boolean reachable() {
        return reachable;
    }

    /** Why the broker is not reachable, or null. */
    public String problem() {
        return problem;
    }

    /** Since when the broker has been in its current state. */
    public Instant since() {
        return since;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2500,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
