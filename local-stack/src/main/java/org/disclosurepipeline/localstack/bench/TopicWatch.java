package org.disclosurepipeline.localstack.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.disclosurepipeline.contract.events.Topics;

/**
 * Reads the pipeline's topics from their end as records arrive: when each submission's verdict became readable on
 * {@code reports.validated} / {@code reports.rejected}, and how large the records of each topic are.
 */
final class TopicWatch implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.RAW, Topics.VALIDATED, Topics.REJECTED, Topics.ROLLUPS_CHANGED);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> verdictSeenAt = new ConcurrentHashMap<>();
    private final Map<String, LongAdder[]> sizes = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    TopicWatch(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            sizes.put(topic, new LongAdder[] {new LongAdder(), new LongAdder()});
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is uploaded
        thread = new Thread(this::run, "bench-topic-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                long now = System.currentTimeMillis();
                LongAdder[] s = sizes.get(r.topic());
                s[0].increment();
                s[1].add(r.value() == null ? 0 : r.value().length);
                if (r.topic().equals(Topics.VALIDATED) || r.topic().equals(Topics.REJECTED)) {
                    Header id = r.headers().lastHeader("ce_id");
                    if (id != null) {
                        verdictSeenAt.putIfAbsent(new String(id.value(), StandardCharsets.UTF_8), now);
                    }
                }
            }
        }
        consumer.close();
    }

    /** When the first verdict for the submission was read, or null. */
    Long verdictSeenAt(String submissionId) {
        return verdictSeenAt.get(submissionId);
    }

    long records(String topic) {
        return sizes.get(topic)[0].sum();
    }

    /** Mean size in bytes of the record values read from the topic, or 0. */
    int meanValueBytes(String topic) {
        long n = sizes.get(topic)[0].sum();
        return n == 0 ? 0 : (int) (sizes.get(topic)[1].sum() / n);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
