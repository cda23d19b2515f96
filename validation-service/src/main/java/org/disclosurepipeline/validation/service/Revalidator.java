package org.disclosurepipeline.validation.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosurepipeline.contract.events.EventCodec;
import org.disclosurepipeline.contract.events.RawReportEvent;
import org.disclosurepipeline.contract.events.Topics;
import org.disclosurepipeline.contract.events.UnreadableEventException;
import org.disclosurepipeline.validation.model.RevalidationJob;
import org.disclosurepipeline.validation.model.Revalidations;
import org.disclosurepipeline.validation.model.Verdicts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-checks a year (or a region in it) under this deployment's rules version without anyone uploading again:
 * reads {@code reports.raw} from its beginning to where it ended when the job started, a poll at a time, and
 * sends each submission of the year through the same batch path as new ones (checked, stored, published). A
 * submission already checked under this rules version is skipped, so a job taken over after its instance stopped
 * (by any instance, within a minute) goes on where it was.
 */
@ApplicationScoped
public class Revalidator {

    private static final Logger LOG = Logger.getLogger(Revalidator.class);
    static final Duration IDLE = Duration.ofSeconds(60);

    @Inject
    Revalidations jobs;

    @Inject
    Verdicts verdicts;

    @Inject
    ValidationBatches batches;

    @Inject
    ValidationService validation;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "revalidation"));
    private final AtomicBoolean busy = new AtomicBoolean();

    /** Starts a job, or answers the one already running for the year and region. */
    public RevalidationJob start(int year, String region) {
        Optional<RevalidationJob> running = jobs.running(year, region);
        if (running.isPresent()) {
            return running.get();
        }
        long records;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            records = consumer.endOffsets(partitions).entrySet().stream()
                    .mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
        RevalidationJob job = jobs.create(year, region, validation.rulesVersion(), records);
        runner.execute(() -> run(job.id()));
        return job;
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void takeOverStaleJobs() {
        if (!busy.get()) {
            jobs.claimStale(validation.rulesVersion(), IDLE).ifPresent(id -> {
                LOG.infof("re-validation %s: its instance stopped; going on with it here", id);
                jobs.restart(id);
                runner.execute(() -> run(id));
            });
        }
    }

    void run(UUID id) {
        busy.set(true);
        RevalidationJob job = jobs.find(id).orElseThrow();
        String version = validation.rulesVersion();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                long scanned = 0;
                long unreadable = 0;
                Map<UUID, RawReportEvent> matching = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue; // uploaded after the job started: checked under this version already
                    }
                    scanned++;
                    try {
                        RawReportEvent e = EventCodec.decode(r.value(), RawReportEvent.class);
                        if (e.year() == job.year() && (job.region() == null || e.agencyCode().startsWith(job.region()))) {
                            matching.putIfAbsent(e.submissionId(), e);
                        }
                    } catch (UnreadableEventException e) {
                        unreadable++;
                    }
                }
                Map<UUID, Verdicts.Verdict> known = verdicts.of(matching.keySet());
                List<RawReportEvent> todo = matching.values().stream().filter(e -> known.get(e.submissionId()) == null
                        || !version.equals(known.get(e.submissionId()).rulesVersion())).toList();
                batches.validateAndPublish(todo, id);
                jobs.scanned(id, scanned, matching.size(), unreadable, matching.size() - todo.size());
            }
            jobs.finish(id, Revalidations.DONE, null);
            LOG.infof("re-validation %s of %d%s done", id, job.year(), job.region() == null ? "" : " " + job.region());
        } catch (RuntimeException e) {
            LOG.errorf(e, "re-validation %s failed", id);
            jobs.finish(id, Revalidations.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            busy.set(false);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500",
                ConsumerConfig.CLIENT_ID_CONFIG, "validation-revalidation"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(Topics.RAW).stream()
                .map(p -> new TopicPartition(Topics.RAW, p.partition())).toList();
    }

    void shutdown(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }
}
