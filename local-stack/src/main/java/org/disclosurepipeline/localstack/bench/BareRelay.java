package org.disclosurepipeline.localstack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The broker's own speed for the pipeline's shape: a producer → topic A → consumer/producer → topic B →
 * consumer/producer → topic C → consumer, with acks=all and idempotent producers, one send batch and one offset
 * commit per poll, and values of the sizes the pipeline's records had in the same run.
 */
final class BareRelay {

    /** The producers' settings: the same as the services' producers (acks=all, idempotent). */
    static final Map<String, Object> PRODUCER = Map.of(ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");

    record Result(long records, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    private final String bootstrap;
    private final int partitions;

    BareRelay(String bootstrap, int partitions) {
        this.bootstrap = bootstrap;
        this.partitions = partitions;
    }

    /**
     * Relays {@code n} records through three hops; the values are {@code sizes[0]} bytes on A, {@code sizes[1]} on
     * B, {@code sizes[2]} on C.
     */
    Result run(int n, int[] sizes) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> topics = List.of("bench.relay." + run + ".a", "bench.relay." + run + ".b",
                "bench.relay." + run + ".c");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        }
        CountDownLatch ready = new CountDownLatch(3);
        CountDownLatch arrived = new CountDownLatch(1);
        AtomicLong lastArrival = new AtomicLong();
        Thread hop1 = relay(topics.get(0), topics.get(1), value(sizes[1]), n, ready);
        Thread hop2 = relay(topics.get(1), topics.get(2), value(sizes[2]), n, ready);
        Thread sink = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> c = consumer(topics.get(2), run + "-sink")) {
                long seen = 0;
                awaitAssignment(c, ready);
                while (seen < n) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(100));
                    seen += records.count();
                    if (!records.isEmpty()) {
                        lastArrival.set(System.currentTimeMillis());
                    }
                }
                arrived.countDown();
            }
        }, "bench-relay-sink");
        hop1.start();
        hop2.start();
        sink.start();
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the relay's consumers were not assigned their partitions");
        }
        long started = System.currentTimeMillis();
        byte[] raw = value(sizes[0]);
        Random keys = new Random(1);
        try (KafkaProducer<String, byte[]> p = producer("relay-source")) {
            for (int i = 0; i < n; i++) {
                p.send(new ProducerRecord<>(topics.get(0), county(keys), raw));
            }
            p.flush();
        }
        if (!arrived.await(600, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the relay did not deliver " + n + " records within 600 s");
        }
        hop1.join(10_000);
        hop2.join(10_000);
        return new Result(n, (lastArrival.get() - started) / 1000.0);
    }

    private Thread relay(String from, String to, byte[] value, int n, CountDownLatch ready) {
        return new Thread(() -> {
            try (KafkaConsumer<String, byte[]> c = consumer(from, from + "-relay");
                    KafkaProducer<String, byte[]> p = producer(from + "-relay")) {
                awaitAssignment(c, ready);
                long relayed = 0;
                while (relayed < n) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(100));
                    for (ConsumerRecord<String, byte[]> r : records) {
                        p.send(new ProducerRecord<>(to, r.key(), value));
                    }
                    if (!records.isEmpty()) {
                        p.flush(); // one send batch per poll, acknowledged …
                        c.commitSync(); // … before the poll's offsets are committed
                        relayed += records.count();
                    }
                }
            }
        }, "bench-relay-" + from);
    }

    private static void awaitAssignment(KafkaConsumer<?, ?> c, CountDownLatch ready) {
        while (c.assignment().isEmpty()) {
            c.poll(Duration.ofMillis(100));
        }
        ready.countDown();
    }

    private KafkaConsumer<String, byte[]> consumer(String topic, String group) {
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        c.subscribe(List.of(topic));
        return c;
    }

    private KafkaProducer<String, byte[]> producer(String clientId) {
        Map<String, Object> config = new java.util.HashMap<>(PRODUCER);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** JSON-like text of the given size (the pipeline's values are JSON). */
    private static byte[] value(int size) {
        Random random = new Random(size);
        byte[] v = new byte[size];
        for (int i = 0; i < size; i++) {
            v[i] = (byte) ('a' + random.nextInt(26));
        }
        return v;
    }

    private static String county(Random random) {
        return String.format("%06d", 110000 + random.nextInt(540000));
    }
}
