package org.disclosurepipeline.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.disclosurepipeline.contract.events.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dead-letter topics, for an operator: what waits on each (from the replay group's position on), and a replay
 * that sends each record back to the topic it came from (header {@code dead-letter-topic}) once the cause is fixed,
 * then moves the replay group past it. Consumers are idempotent, so a record replayed twice does no harm.
 */
@ApplicationScoped
public class DeadLetters {

    public static final List<String> TOPICS = List.of(Topics.RAW_DEAD_LETTER, Topics.OUTCOMES_DEAD_LETTER,
            Topics.INGEST_STATUS_DEAD_LETTER);
    static final String REPLAY_GROUP = "dead-letter-replay";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    /** One dead letter, as stored; {@code excerpt} is the start of its value. */
    public record DeadLetter(int partition, long offset, String key, String originalTopic, String reason,
            String cause, Instant deadAt, int bytes, String excerpt) {
    }

    /** What a replay did: records sent back per original topic, and those without one (kept, skipped). */
    public record Replayed(String topic, long replayed, Map<String, Long> toTopics, long skipped) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The records waiting on a dead-letter topic (not yet replayed), the first {@code limit} of them. */
    public synchronized List<DeadLetter> waiting(String topic, int limit) {
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            readWaiting(consumer, topic, r -> {
                if (out.size() < limit) {
                    out.add(describe(r));
                }
            });
        }
        return out;
    }

    public synchronized Replayed replay(String topic) throws Exception {
        Map<String, Long> sent = new TreeMap<>();
        long skipped = 0;
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            Map<TopicPartition, Long> ends = readWaiting(consumer, topic, records::add);
            for (ConsumerRecord<byte[], byte[]> r : records) {
                String origin = header(r, "dead-letter-topic");
                if (origin == null || TOPICS.contains(origin)) {
                    skipped++;
                    continue;
                }
                RecordHeaders headers = new RecordHeaders();
                for (Header h : r.headers()) {
                    if (!h.key().startsWith("dead-letter-")) {
                        headers.add(h);
                    }
                }
                headers.add("replayed-from", (topic + "/" + r.partition() + "/" + r.offset())
                        .getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(new ProducerRecord<>(origin, null, r.key(), r.value(), headers)));
                sent.merge(origin, 1L, Long::sum);
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(); // every record back on its topic before the replay group moves past it
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            ends.forEach((tp, end) -> done.put(tp, new OffsetAndMetadata(end)));
            consumer.commitSync(done);
        }
        return new Replayed(topic, acks.size(), sent, skipped);
    }

    /** Reads from the replay group's position to the end as it is now; returns those ends. */
    private Map<TopicPartition, Long> readWaiting(KafkaConsumer<byte[], byte[]> consumer, String topic,
            Consumer<ConsumerRecord<byte[], byte[]>> each) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            consumer.seek(tp, Math.max(starts.get(tp), c == null ? 0 : c.offset()));
        }
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                    each.accept(r);
                }
            }
        }
        return ends;
    }

    private static DeadLetter describe(ConsumerRecord<byte[], byte[]> r) {
        String value = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
        return new DeadLetter(r.partition(), r.offset(), r.key() == null ? null
                : new String(r.key(), StandardCharsets.UTF_8), header(r, "dead-letter-topic"),
                header(r, "dead-letter-reason"), header(r, "dead-letter-cause"), Instant.ofEpochMilli(r.timestamp()),
                r.value() == null ? 0 : r.value().length, value.length() > 200 ? value.substring(0, 200) : value);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.CLIENT_ID_CONFIG, "aggregation-dead-letter-replay"), new ByteArraySerializer(),
                new ByteArraySerializer());
    }
}
