package org.disclosurepipeline.aggregation.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurepipeline.aggregation.config.AggregationConfig;
import org.disclosurepipeline.aggregation.model.PipelineHealth;
import org.disclosurepipeline.contract.events.Topics;
import org.jboss.logging.Logger;

/**
 * Pipeline health for the dashboard and Prometheus. Every figure of the dashboard is pipeline-wide and read from a
 * shared source, so that any instance answers the same and nothing is counted once per instance: verdicts stored
 * (the last minute's rate, and in all) from the database, the consumer group's lag and the dead-letter topics'
 * sizes from the broker, every few seconds. Prometheus gets this instance's own counter
 * ({@code aggregation_outcomes_total}: sum it over instances) and the group-wide gauges ({@code
 * aggregation_consumer_lag}, {@code pipeline_dead_letters}: the same on every instance; take one, do not sum).
 */
@ApplicationScoped
public class PipelineStats {

    private static final Logger LOG = Logger.getLogger(PipelineStats.class);
    static final List<String> INPUTS = List.of(Topics.VALIDATED, Topics.REJECTED);
    static final List<String> DEAD_LETTERS = List.of(Topics.RAW_DEAD_LETTER, Topics.OUTCOMES_DEAD_LETTER,
            Topics.INGEST_STATUS_DEAD_LETTER);
    static final int WINDOW_SECONDS = 60;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaOffsets offsets;

    @Inject
    AggregationConfig config;

    @Inject
    EntityManager em;

    private final Map<String, Long> lag = new ConcurrentHashMap<>();
    private final Map<String, Long> deadLetters = new ConcurrentHashMap<>();
    private volatile long storedLastMinute;
    private volatile long storedTotal;
    private volatile Instant readAt;
    private volatile String brokerError;

    /** This instance applied a verdict: counted (it changed the rollups) or unchanged. */
    public void outcomeApplied(String verdict, boolean changedRollups) {
        registry.counter("aggregation.outcomes", "verdict", verdict,
                "effect", changedRollups ? "counted" : "unchanged").increment();
    }

    public void batchApplied(int verdicts) {
        DistributionSummary.builder("aggregation.batch.size").description("verdicts applied per batch")
                .register(registry).record(verdicts);
    }

    @Scheduled(every = "${aggregation.pipeline.refresh:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            readStored();
        } catch (RuntimeException e) {
            LOG.debugf("cannot count stored verdicts: %s", e.getMessage());
        }
        try {
            update(lag, offsets.lag(config.pipeline().consumerGroup(), INPUTS), "aggregation.consumer.lag");
            update(deadLetters, offsets.records(DEAD_LETTERS), "pipeline.dead.letters");
            readAt = Instant.now();
            brokerError = null;
        } catch (Exception e) {
            brokerError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.debugf("cannot read offsets: %s", brokerError);
        }
    }

    private void readStored() {
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) filter (where stored_at > now() - make_interval("
                + "secs => :window)), count(*) from report_fact").setParameter("window", WINDOW_SECONDS)
                .getSingleResult());
        storedLastMinute = ((Number) row[0]).longValue();
        storedTotal = ((Number) row[1]).longValue();
    }

    /** Registers a gauge per topic the first time it is seen; the gauge reads the map. */
    private void update(Map<String, Long> into, Map<String, Long> values, String metric) {
        values.forEach((topic, v) -> {
            if (into.put(topic, v) == null) {
                Gauge.builder(metric, into, m -> m.getOrDefault(topic, 0L)).tag("topic", topic).register(registry);
            }
        });
    }

    public PipelineHealth snapshot() {
        return new PipelineHealth((double) storedLastMinute / WINDOW_SECONDS, storedTotal, Map.copyOf(lag),
                lag.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(deadLetters),
                deadLetters.values().stream().mapToLong(Long::longValue).sum(), readAt, brokerError);
    }
}
