package org.disclosurepipeline.localstack.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker, single node in KRaft mode (broker and controller in one), running in this JVM from
 * the Maven Central artifacts. No Docker, no ZooKeeper.
 */
public final class KafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private KafkaRaftServer server;

    /** A broker on the given port; its controller listens on a free port kept across restarts. */
    public KafkaBroker(int port, Path dataDir) {
        this.port = port;
        this.controllerPort = FreePorts.next();
        this.dataDir = dataDir;
    }

    public KafkaBroker start() {
        try {
            Files.createDirectories(dataDir);
            Properties props = config();
            Path propsFile = dataDir.resolve("server.properties");
            try (var out = Files.newOutputStream(propsFile)) {
                props.store(out, "local single-node KRaft broker");
            }
            format(propsFile);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka data folder " + dataDir, e);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDir.resolve("logs").toString()),
                Map.entry("num.partitions", Integer.toString(LocalInfrastructure.PARTITIONS)),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.flush.interval.messages", "1")));
        return p;
    }

    private void format(Path propsFile) {
        Path meta = dataDir.resolve("logs").resolve("meta.properties");
        if (Files.exists(meta)) {
            return; // an existing local stack keeps its data across restarts
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        // StorageTool.main would call System.exit; execute() returns instead
        StorageTool.execute(new String[] {"format", "-t", "disclosure-local-cluster", "-c", propsFile.toString(),
                "--ignore-formatted"}, new PrintStream(sink, true, StandardCharsets.UTF_8));
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Kafka broker on port " + port + " did not become ready", e);
        }
    }

    /**
     * Creates the topics that do not exist yet with {@code partitions} partitions, and gives existing ones with
     * fewer (a local stack from before) that many: keys written from then on may land on another partition, so
     * per-county order holds for new records (the consumers order a county's submissions by receivedAt anyway).
     */
    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<String, NewPartitions> grow = new java.util.HashMap<>();
            admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames()
                    .get(30, TimeUnit.SECONDS).forEach((name, d) -> {
                        if (d.partitions().size() < partitions) {
                            grow.put(name, NewPartitions.increaseTo(partitions));
                        }
                    });
            if (!grow.isEmpty()) {
                admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + topics, e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
