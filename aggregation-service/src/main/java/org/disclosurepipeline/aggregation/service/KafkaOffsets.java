package org.disclosurepipeline.aggregation.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads offsets from the broker: a consumer group's lag per topic, and how many records a topic holds. */
@ApplicationScoped
public class KafkaOffsets {

    private static final long TIMEOUT_SECONDS = 5;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Admin admin;

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000));
        }
        return admin;
    }

    /** Records not yet committed by the group, per topic (topics that do not exist yet count 0). */
    public Map<String, Long> lag(String group, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, Long> lag = new TreeMap<>();
        Map<TopicPartition, long[]> offsets = offsets(topics);
        topics.forEach(t -> lag.put(t, 0L));
        offsets.forEach((tp, range) -> {
            OffsetAndMetadata c = committed.get(tp);
            long from = c == null ? range[0] : c.offset();
            lag.merge(tp.topic(), Math.max(0, range[1] - from), Long::sum);
        });
        return lag;
    }

    /** Records held per topic (end minus start offsets), e.g. dead letters. */
    public Map<String, Long> records(List<String> topics) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        topics.forEach(t -> counts.put(t, 0L));
        offsets(topics).forEach((tp, range) -> counts.merge(tp.topic(), range[1] - range[0], Long::sum));
        return counts;
    }

    /** [earliest, latest] offset of every partition of the existing topics among {@code topics}. */
    private Map<TopicPartition, long[]> offsets(List<String> topics) throws Exception {
        Set<String> existing = admin().listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> present = topics.stream().filter(existing::contains).toList();
        Map<TopicPartition, long[]> out = new HashMap<>();
        if (present.isEmpty()) {
            return out;
        }
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin().describeTopics(present).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((name, d) -> d.partitions().forEach(p -> {
                    earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest());
                    latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
                }));
        Map<TopicPartition, ListOffsetsResultInfo> start = admin().listOffsets(earliest).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> end = admin().listOffsets(latest).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        start.forEach((tp, info) -> out.put(tp, new long[] {info.offset(), end.get(tp).offset()}));
        return out;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
