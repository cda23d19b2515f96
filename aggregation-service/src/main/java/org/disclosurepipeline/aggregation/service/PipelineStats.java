package org.disclosurepipeline.aggregation.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurepipeline.aggregation.config.AggregationConfig;
import org.disclosurepipeline.aggregation.model.PipelineHealth;
import org.disclosurepipeline.contract.events.Topics;
import org.jboss.logging.Logger;

/**
 * Pipeline health for the dashboard and Prometheus: outcomes applied per second (last minute), this service's
 * consumer lag and the dead-letter topics' sizes, read from the broker every few seconds.
 */
@ApplicationScoped
public class PipelineStats {

    private static final Logger LOG = Logger.getLogger(PipelineStats.class);
    static final List<String> INPUTS = List.of(Topics.VALIDATED, Topics.REJECTED);
    static final List<String> DEAD_LETTERS = List.of(Topics.RAW_DEAD_LETTER, Topics.OUTCOMES_DEAD_LETTER,
            Topics.INGEST_STATUS_DEAD_LETTER);

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaOffsets offsets;

    @Inject
    AggregationConfig config;

    private final EventRate rate = new EventRate(60);
    private final Map<String, Long> lag = new ConcurrentHashMap<>();
    private final Map<String, Long> deadLetters = new ConcurrentHashMap<>();
    private volatile Instant readAt;
    private volatile String brokerError;

    public void outcomeApplied(String verdict, boolean changedRollups) {
        registry.counter("aggregation.outcomes", "verdict", verdict,
                "effect", changedRollups ? "counted" : "unchanged").increment();
        rate.record(System.currentTimeMillis());
    }

    @Scheduled(every = "${aggregation.pipeline.refresh:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
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

    /** Registers a gauge per topic the first time it is seen; the gauge reads the map. */
    private void update(Map<String, Long> into, Map<String, Long> values, String metric) {
        values.forEach((topic, v) -> {
            if (into.put(topic, v) == null) {
                Gauge.builder(metric, into, m -> m.getOrDefault(topic, 0L)).tag("topic", topic).register(registry);
            }
        });
    }

    public PipelineHealth snapshot() {
        long now = System.currentTimeMillis();
        return new PipelineHealth(rate.perSecond(now), rate.total(), Map.copyOf(lag),
                lag.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(deadLetters),
                deadLetters.values().stream().mapToLong(Long::longValue).sum(), readAt, brokerError);
    }
}
