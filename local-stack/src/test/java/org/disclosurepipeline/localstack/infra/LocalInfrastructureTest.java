package org.disclosurepipeline.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker and the database are real: a record goes through Kafka, a row through PostgreSQL, and a restart keeps both. */
class LocalInfrastructureTest {

    @TempDir
    static Path dir;

    static LocalInfrastructure infra;

    @BeforeAll
    static void start() {
        infra = new LocalInfrastructure(dir, FreePorts.next(), FreePorts.next(), false).start();
    }

    @AfterAll
    static void stop() {
        infra.close();
    }

    @Test
    void aRecordTravelsThroughTheBrokerAndSurvivesARestart() {
        send("reports.raw", "610722", "hello");
        infra.kafka().close();
        infra.kafka().start();
        assertThat(readAll("reports.raw")).containsExactly("hello");
    }

    @Test
    void eachServiceHasItsOwnDatabase() throws Exception {
        for (String db : LocalInfrastructure.DATABASES) {
            Map<String, String> config = infra.serviceConfig(db);
            try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                    ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(db);
            }
        }
    }

    @Test
    void theDurableDatabaseSyncsEveryCommitWhateverTheEmbeddedServersDefaultsSay() {
        PostgresServer durable = new PostgresServer(FreePorts.next(), dir.resolve("durable"), true).start();
        try {
            assertThat(durable.setting("fsync")).isEqualTo("on");
            assertThat(durable.setting("synchronous_commit")).isEqualTo("on");
            assertThat(durable.setting("full_page_writes")).isEqualTo("on");
        } finally {
            durable.close();
        }
        assertThat(infra.postgres().setting("fsync")).isEqualTo("off"); // tests' throw-away data: fast
    }

    @Test
    void aCommittedRowSurvivesAKillDashNineOfThePostmaster() throws Exception {
        PostgresServer pg = new PostgresServer(FreePorts.next(), dir.resolve("killed"), true).start();
        try {
            pg.createDatabases(List.of("crash"));
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("crash"), PostgresServer.USER,
                    PostgresServer.PASSWORD)) {
                c.createStatement().execute("create table t (v int)");
                c.createStatement().execute("insert into t values (42)");
            }
            long pid = pg.kill();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            pg.start();
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("crash"), PostgresServer.USER,
                    PostgresServer.PASSWORD); ResultSet rs = c.createStatement().executeQuery("select v from t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        } finally {
            pg.close();
        }
    }

    private void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }
    }

    private List<String> readAll(String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }
}
